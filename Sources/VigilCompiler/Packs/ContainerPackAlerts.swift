import VigilDSL

/// The alerts of the containers rule pack (``ContainerAlert``) on cAdvisor's metrics (``CAdvisorMetrics``): for
/// each, its condition, annotations, runbook and the series of its firing and quiet tests, derived from the
/// settled threshold. Only named containers count (`name!=""`): cAdvisor also exports every cgroup above them.
///
/// The facts (OOM events, the 25% throttling ratio, memory against the limit) follow common public practice
/// for cAdvisor; the expressions and words are Vigil's.
struct ContainerPackAlerts: RulePack {
    typealias Metrics = CAdvisorMetrics

    static let name = "containers"
    static let title = "Containers"

    /// A healthy container has a memory limit far above the one byte the end-to-end exporter says it uses.
    static let healthyValues: [String: Double] = [Metrics.specMemoryLimitBytes.name: 1_073_741_824]

    let scope: PackScope

    /// The container selector's matchers: the job's named containers.
    var containerMatchers: [PromQLLabelMatcher] { jobMatchers + [PromQLLabelMatcher("name", .notEqual, "")] }

    /// The labels of the tests' container.
    static let container = ["id": "/docker/4f1c2e", "name": "app", "image": "app:1.0"]

    func definition(of alert: ContainerAlert, threshold: Double) -> PackAlertDefinition {
        switch alert {
        case .oomKilled: oomKilled()
        case .restarting: restarting(threshold: threshold)
        case .cpuThrottled: cpuThrottled(threshold: threshold)
        case .memoryNearLimit: memoryNearLimit(threshold: threshold)
        case .gone: gone()
        }
    }

    func oomKilled() -> PackAlertDefinition {
        let metric = Metrics.oomEvents.name
        let kills = PromQLExpression.call(.increase, metric, containerMatchers, over: .minutes(5))
        return PackAlertDefinition(
            expression: kills.applying(.greater, .number(0)),
            summary: "Container {{ $labels.name }} on {{ $labels.instance }} was OOM-killed",
            description: "The kernel killed a process of {{ $labels.name }} for memory in the last 5 minutes.",
            meaning:
                "A process of the container hit the container's memory limit (or the host ran out) and the kernel "
                + "killed it. The container usually restarts; requests in flight are lost.",
            firstSteps: [
                "Read `docker inspect <name> --format '{{.State.OOMKilled}}'` and the container's last logs.",
                "Compare its memory use to its limit (`docker stats`): raise the limit or fix the leak.",
            ],
            fault: [
                (
                    series(metric, Self.container),
                    .constant(0, steps: 3) + .increasing(from: 1, by: 1, steps: steps - 3)
                )
            ],
            healthy: [(series(metric, Self.container), .constant(0, steps: steps))],
            firingLabels: firing(Self.container), firingValue: nil,
            faultStory: "when the container is OOM-killed", healthyStory: "when it never is",
            signal: PackSignal(
                area: "Memory", title: "OOM kills in 5 minutes",
                query: kills,
                unit: .short, legend: "{{instance}} {{name}}", thresholds: [.above(0)]))
    }

    func restarting(threshold: Double) -> PackAlertDefinition {
        let metric = Metrics.startTimeSeconds.name
        let starts = PromQLExpression.call(.changes, metric, containerMatchers, over: .minutes(15))
        return PackAlertDefinition(
            expression: starts.applying(.greater, .number(threshold)),
            summary: "Container {{ $labels.name }} on {{ $labels.instance }} keeps restarting",
            description: "{{ $labels.name }} restarted {{ $value }} times in 15 minutes.",
            meaning:
                "The container started more than \(Self.number(threshold)) times in 15 minutes: it crashes and its "
                + "restart policy brings it back, so it serves only in between.",
            firstSteps: [
                "Read why it exits: `docker logs --tail 200 <name>` and `docker inspect <name> --format '{{.State}}'`.",
                "Look at what changed: a deploy, its configuration, a dependency it cannot reach at start.",
            ],
            fault: [(series(metric, Self.container), .increasing(from: 1_000, by: 60, steps: steps))],
            healthy: [(series(metric, Self.container), .constant(1_000, steps: steps))],
            firingLabels: firing(Self.container), firingValue: Double(min(evaluationMinute, 14)),
            faultStory: "when the container restarts every minute", healthyStory: "when it stays up",
            signal: PackSignal(
                area: "Lifecycle", title: "Starts in 15 minutes",
                query: starts,
                unit: .short, legend: "{{instance}} {{name}}", thresholds: [.above(threshold)]))
    }

    func cpuThrottled(threshold: Double) -> PackAlertDefinition {
        let throttled = Metrics.cpuCfsThrottledPeriods.name
        let periods = Metrics.cpuCfsPeriods.name
        let ratio = (100 + threshold) / 200
        let share = PromQLExpression.call(.rate, throttled, containerMatchers, over: .minutes(5)).applying(
            .divide, .call(.rate, periods, containerMatchers, over: .minutes(5)))
        return PackAlertDefinition(
            expression: share.applying(.greater, .number(threshold / 100)),
            summary: "Container {{ $labels.name }} on {{ $labels.instance }} is CPU-throttled",
            description: "{{ $value | humanizePercentage }} of the CPU periods of {{ $labels.name }} are throttled.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of the container's scheduling periods hit its "
                + "CPU quota: it wants more CPU than its limit allows, and its latency grows.",
            firstSteps: [
                "Compare its CPU use to its quota (`docker stats`, `container_spec_cpu_quota`).",
                "Raise the CPU limit, or reduce the work (threads, concurrency) the container does.",
            ],
            fault: [
                (series(periods, Self.container), .increasing(from: 0, by: 600, steps: steps)),
                (series(throttled, Self.container), .increasing(from: 0, by: 600 * ratio, steps: steps)),
            ],
            healthy: [
                (series(periods, Self.container), .increasing(from: 0, by: 600, steps: steps)),
                (series(throttled, Self.container), .increasing(from: 0, by: 3 * threshold, steps: steps)),
            ],
            firingLabels: firing(Self.container), firingValue: ratio,
            faultStory: "when throttling is halfway between the threshold and every period",
            healthyStory: "at half the threshold",
            signal: PackSignal(
                area: "CPU", title: "CPU periods throttled",
                query: share, unit: .percentUnit,
                legend: "{{instance}} {{name}}", thresholds: [.above(threshold / 100)]))
    }

    func memoryNearLimit(threshold: Double) -> PackAlertDefinition {
        let limit = PackLimitRatio(
            used: Metrics.memoryWorkingSetBytes.name, limit: Metrics.specMemoryLimitBytes.name,
            matchers: containerMatchers, threshold: threshold, size: 1_073_741_824)
        return PackAlertDefinition(
            expression: limit.expression,
            summary: "Container {{ $labels.name }} on {{ $labels.instance }} is near its memory limit",
            description: "{{ $labels.name }} uses {{ $value | humanizePercentage }} of its memory limit.",
            meaning:
                "The container's working set is above \(ThresholdUnit.percent.format(threshold)) of its memory "
                + "limit. At the limit the kernel reclaims its cache, then OOM-kills it.",
            firstSteps: [
                "Watch its growth (`docker stats <name>`): steady growth since a deploy points to a leak.",
                "Raise the limit if the working set is legitimate.",
            ],
            fault: limit.fault(steps: steps) { series($0, Self.container) },
            healthy: limit.healthy(steps: steps) { series($0, Self.container) },
            firingLabels: firing(Self.container), firingValue: limit.high / limit.size,
            faultStory: "when the working set is halfway between the threshold and the limit",
            healthyStory: "at half the threshold",
            signal: limit.signal(area: "Memory", title: "Memory used of the limit", legend: "{{instance}} {{name}}"))
    }

    func gone() -> PackAlertDefinition {
        let metric = Metrics.lastSeen.name
        let up = PrometheusServerMetrics.up.name
        let seen = PromQLExpression.series(metric, containerMatchers)
        // Seen within the hour and not now, while cAdvisor itself is scraped.
        let vanished = PromQLExpression.call(.presentOverTime, metric, containerMatchers, over: .hours(1))
            .applying(.unless, seen, matching: .on(["job", "instance", "name"]))
        return PackAlertDefinition(
            expression:
                vanished.applying(
                    .and, selected(up).applying(.equal, .number(1)), matching: .on(["job", "instance"])),
            summary: "Container {{ $labels.name }} on {{ $labels.instance }} is gone",
            description: "{{ $labels.name }} ran within the last hour and cAdvisor no longer sees it.",
            meaning:
                "A container that ran in the last hour no longer exists: it exited without a restart policy, or "
                + "was removed. A container removed on purpose fires until an hour has passed. While cAdvisor itself "
                + "is not scraped, every container would look gone: it stays quiet then.",
            firstSteps: [
                "See how it ended: `docker ps -a --filter name=<name>` and `docker logs <name>`.",
                "Start it again (`docker compose up -d <service>`) once the cause is fixed.",
            ],
            fault: [
                (series(metric, Self.container), .constant(1_000, steps: 2) + .missing(steps: steps - 2)),
                (series(up), .constant(1, steps: steps)),
            ],
            healthy: [
                (series(metric, Self.container), .constant(1_000, steps: 2) + .missing(steps: steps - 2)),
                (series(up), .constant(1, steps: 2) + .constant(0, steps: steps - 2)),
            ],
            firingLabels: firing(Self.container), firingValue: nil,
            faultStory: "when the container disappears", healthyStory: "when cAdvisor itself is down",
            signal: PackSignal(
                area: "Lifecycle", title: "Containers seen",
                query: seen.aggregated(.count, by: ["instance"]),
                unit: .short, legend: "{{instance}}"))
    }
}
