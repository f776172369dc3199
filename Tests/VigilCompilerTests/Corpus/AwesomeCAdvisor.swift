import VigilDSL

/// awesome-prometheus-alerts' `google-cadvisor.yml` (group `GoogleCadvisor`), written with Vigil's DSL.
enum AwesomeCAdvisor {
    typealias Container = CAdvisorMetrics

    /// The group `GoogleCadvisor`.
    static let service = Service("GoogleCadvisor") {
        for alert in alerts { alert }
    }

    /// `sum(rate(container_cpu_usage_seconds_total{container!=""}[5m])) by (pod, container)`.
    static var cpuUsage: InstantVector<Container.ContainerLabel> {
        sum(
            rate(Container.cpuUsageSeconds.where(.container, notEquals: ""), over: .minutes(5)), by: [.pod, .container])
    }

    /// The containers' CPU limits, in CPUs: `sum(quota / period) by (pod, container)`.
    static var cpuLimit: InstantVector<Container.ContainerLabel> {
        let quota = Container.specCpuQuota.where(.container, notEquals: "")
        let period = Container.specCpuPeriod.where(.container, notEquals: "")
        return sum(quota / period, by: [.pod, .container])
    }

    static var alerts: [Alert] {
        let inodesTotal = sum(Container.fsInodesTotal, plus: [.instance])
        let periods = sum(
            rate(Container.cpuCfsPeriods, over: .minutes(5)), by: [.container, .pod, .namespace])
        return [
            Alert("ContainerKilled", severity: .warning) {
                age(Container.lastSeen) > 60
            } annotations: {
                AlertSummary("Container killed" + Corpus.onInstance)
                AlertDescription(Corpus.details("A container has disappeared"))
            },
            Alert("ContainerAbsent", severity: .warning, for: .minutes(5)) {
                absent(Container.lastSeen)
            } annotations: {
                // The original's summary names `$labels.instance`, which absent()'s result does not have.
                AlertSummary("Container absent")
                AlertDescription(Corpus.details("A container is absent for 5 min"))
            },
            Alert("ContainerHighCpuUtilization", severity: .warning, for: .minutes(2)) {
                (cpuUsage / cpuLimit * 100 > 80).and(cpuLimit > 0)
            } annotations: {
                // The original names `$labels.instance`, which `sum by (pod, container)` drops.
                AlertSummary(
                    "Container High CPU utilization (pod {{ $labels.pod }}, container {{ $labels.container }})")
                AlertDescription(
                    Corpus.details(#"Container CPU utilization is above 80% (current: {{ $value | printf "%.2f" }}%)"#))
            },
            // `BY (instance, name)`: the builder writes the target label `instance` after the metric's labels.
            Alert("ContainerHighMemoryUsage", severity: .warning, for: .minutes(2)) {
                PromQL(
                    #"(sum(container_memory_working_set_bytes{name!=""}) BY (instance, name) / sum(container_spec_memory_limit_bytes > 0) BY (instance, name) * 100) > 80"#
                )
            } annotations: {
                AlertSummary("Container High Memory usage" + Corpus.onInstance)
                AlertDescription(Corpus.details("Container Memory usage is above 80%"))
            },
            Alert("ContainerVolumeUsage", severity: .warning, for: .minutes(2)) {
                let free = sum(Container.fsInodesFree.where(.name, notEquals: ""), plus: [.instance])
                return ((1 - free / inodesTotal) * 100 > 80).and(inodesTotal > 0)
            } annotations: {
                AlertSummary("Container Volume usage" + Corpus.onInstance)
                AlertDescription(Corpus.details("Container Volume usage is above 80%"))
            },
            Alert("ContainerHighThrottleRate", severity: .warning, for: .minutes(5)) {
                let throttled = sum(
                    rate(Container.cpuCfsThrottledPeriods.where(.container, notEquals: ""), over: .minutes(5)),
                    by: [.container, .pod, .namespace])
                // The threshold is written `( 25 / 100 )`: the builder compares with numbers, not expressions.
                return (throttled / periods > PromQL("( 25 / 100 )")).and(periods > 0)
            } annotations: {
                // The original names `$labels.instance`, which `sum by (container, pod, namespace)` drops.
                AlertSummary(
                    "Container high throttle rate (container {{ $labels.container }}, pod {{ $labels.pod }}, namespace {{ $labels.namespace }})"
                )
                AlertDescription(Corpus.details("Container is being throttled ({{ $value | humanizePercentage }})"))
            },
            // abs(), `or` between plain vectors, `by (instance, name)` and `offset` on a range: see the report.
            Alert("ContainerHighLowChangeCpuUsage", severity: .info) {
                PromQL(
                    #"(abs((sum by (instance, name) (rate(container_cpu_usage_seconds_total{name!=""}[1m])) * 100) - (sum by (instance, name) (rate(container_cpu_usage_seconds_total{name!=""}[1m] offset 1m)) * 100)) or abs((sum by (instance, name) (rate(container_cpu_usage_seconds_total{name!=""}[1m])) * 100) - (sum by (instance, name) (rate(container_cpu_usage_seconds_total{name!=""}[5m] offset 1m)) * 100))) > 25"#
                )
            } annotations: {
                AlertSummary("Container high low change CPU usage" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        "This alert rule monitors the absolute change in CPU usage within a time window and triggers an alert when the change exceeds 25%."
                    ))
            },
            Alert("ContainerLowCpuUtilization", severity: .info, for: .days(7)) {
                (cpuUsage / cpuLimit * 100 < 20).and(cpuLimit > 0)
            } annotations: {
                // The original names `$labels.instance`, which `sum by (pod, container)` drops.
                AlertSummary("Container Low CPU utilization (pod {{ $labels.pod }}, container {{ $labels.container }})")
                AlertDescription(
                    Corpus.details(
                        #"Container CPU utilization is under 20% for 1 week. Consider reducing the allocated CPU. (current: {{ $value | printf "%.2f" }}%)"#
                    ))
            },
            Alert("ContainerLowMemoryUsage", severity: .info, for: .days(7)) {
                PromQL(
                    #"(sum(container_memory_working_set_bytes{name!=""}) BY (instance, name) / sum(container_spec_memory_limit_bytes > 0) BY (instance, name) * 100) < 20"#
                )
            } annotations: {
                AlertSummary("Container Low Memory usage" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        "Container Memory usage is under 20% for 1 week. Consider reducing the allocated memory."))
            },
        ]
    }
}
