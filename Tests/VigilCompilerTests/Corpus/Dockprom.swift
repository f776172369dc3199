import VigilDSL

/// dockprom's `alert.rules` (groups `targets`, `host` and `containers`), written with Vigil's DSL.
enum Dockprom {
    typealias Node = NodeExporterMetrics
    typealias Container = CAdvisorMetrics

    /// The group `targets`.
    static let targets = Service("targets") {
        Alert("monitor_service_down", severity: .critical, for: .seconds(30)) {
            PrometheusServerMetrics.up.equals(0)
        } annotations: {
            AlertSummary("Monitor service non-operational")
            AlertDescription("Service {{ $labels.instance }} is down.")
        }
    }

    /// The group `host`.
    static let host = Service("host") {
        Alert("high_cpu_load", severity: .warning, for: .seconds(30)) {
            Node.load1 > 1.5
        } annotations: {
            AlertSummary("Server under high load")
            AlertDescription(
                "Docker host is under high load, the avg load 1m is at {{ $value}}. Reported by instance {{ $labels.instance }} of job {{ $labels.job }}."
            )
        }
        Alert("high_memory_load", severity: .warning, for: .seconds(30)) {
            let total = sum(Node.memoryMemTotalBytes)
            let free = sum(Node.memoryMemFreeBytes + Node.memoryBuffersBytes + Node.memoryCachedBytes)
            return (total - free) / total * 100 > 85
        } annotations: {
            AlertSummary("Server memory is almost full")
            // The original goes on "Reported by instance {{ $labels.instance }} of job {{ $labels.job }}.", labels
            // that the sums drop.
            AlertDescription("Docker host memory usage is {{ humanize $value}}%.")
        }
        Alert("high_storage_load", severity: .warning, for: .seconds(30)) {
            let size = Node.filesystemSizeBytes.where(.fstype, equals: "aufs")
            return (size - Node.filesystemFreeBytes.where(.fstype, equals: "aufs")) / size * 100 > 85
        } annotations: {
            AlertSummary("Server storage is almost full")
            AlertDescription(
                "Docker host storage usage is {{ humanize $value}}%. Reported by instance {{ $labels.instance }} of job {{ $labels.job }}."
            )
        }
    }

    /// The group `containers`.
    static let containers = Service("containers") {
        let jenkinsMemory = Container.memoryUsageBytes.where(.name, equals: "jenkins")
        Alert("jenkins_down", severity: .critical, for: .seconds(30)) {
            absent(jenkinsMemory)
        } annotations: {
            AlertSummary("Jenkins down")
            AlertDescription("Jenkins container is down for more than 30 seconds.")
        }
        Alert("jenkins_high_cpu", severity: .warning, for: .seconds(30)) {
            let usage = sum(rate(Container.cpuUsageSeconds.where(.name, equals: "jenkins"), over: .minutes(1)))
            return usage / count(Node.cpuSeconds.where(.mode, equals: "system")) * 100 > 10
        } annotations: {
            AlertSummary("Jenkins high CPU usage")
            AlertDescription("Jenkins CPU usage is {{ humanize $value}}%.")
        }
        Alert("jenkins_high_memory", severity: .warning, for: .seconds(30)) {
            sum(jenkinsMemory) > 1_200_000_000
        } annotations: {
            AlertSummary("Jenkins high memory usage")
            AlertDescription("Jenkins memory consumption is at {{ humanize $value}}.")
        }
    }
}
