import VigilBackends
import VigilCompiler

/// The input of the import benchmark, made by the benchmark itself: a Prometheus rule file of rule groups as
/// teams write them (each group one job's recording rules and alerts over its own counters, histograms and
/// gauges), and the synthetic dashboards' JSON as Vigil generates it.
enum SyntheticImportInput {
    /// The rules of one group: 2 recording rules and 8 alerts.
    static let rulesPerGroup = 10

    /// A rule file of `count` rules (rounded up to whole groups of ``rulesPerGroup``).
    static func ruleFile(rules count: Int) -> String {
        let groups = (count + rulesPerGroup - 1) / rulesPerGroup
        var lines = ["groups:"]
        for index in 0..<groups { lines += group(index) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func group(_ index: Int) -> [String] {
        let job = "svc\(index)"
        let requests = "svc\(index)_http_requests_total"
        let latency = "svc\(index)_http_request_duration_seconds"
        let queue = "svc\(index)_queue_depth"
        let selector = #"{job="\#(job)"}"#
        let rules: [(kind: String, name: String, expression: String, extra: [String])] = [
            ("record", "job:\(requests):rate5m", "sum by (job, status) (rate(\(requests)\(selector)[5m]))", []),
            (
                "record", "job:\(latency):p99",
                "histogram_quantile(0.99, sum by (le, job) (rate(\(latency)_bucket\(selector)[5m])))", []
            ),
            (
                "alert", "HighErrorRate\(index)",
                #"sum(rate(\#(requests){job="\#(job)", status=~"5.."}[5m])) / sum(rate(\#(requests)\#(selector)[5m])) > 0.05"#,
                ["for: 5m", "labels:", "  severity: critical"]
            ),
            (
                "alert", "HighLatency\(index)", "job:\(latency):p99\(selector) > 0.5",
                ["for: 10m", "labels:", "  severity: warning"]
            ),
            (
                "alert", "QueueBacklog\(index)", "\(queue)\(selector) > 1000",
                ["for: 15m", "labels:", "  severity: warning"]
            ),
            ("alert", "TargetDown\(index)", "up\(selector) == 0", ["for: 2m", "labels:", "  severity: critical"]),
            (
                "alert", "NoTraffic\(index)", "sum(job:\(requests):rate5m\(selector)) == 0",
                ["for: 30m", "labels:", "  severity: info"]
            ),
            (
                "alert", "ErrorsByHandler\(index)",
                #"sum by (handler) (increase(\#(requests){job="\#(job)", status="500"}[1h])) > 10"#,
                ["labels:", "  severity: warning", "annotations:", "  summary: 'handler {{ $labels.handler }} fails'"]
            ),
            (
                "alert", "QueueGrowing\(index)", "deriv(\(queue)\(selector)[30m]) > 1",
                ["for: 30m", "keep_firing_for: 5m", "labels:", "  severity: warning"]
            ),
            (
                "alert", "SlowRequests\(index)",
                #"sum(rate(\#(latency)_bucket{job="\#(job)", le="1"}[5m])) / sum(rate(\#(latency)_count\#(selector)[5m])) < 0.9"#,
                ["for: 10m", "labels:", "  severity: warning"]
            ),
        ]
        var lines = ["  - name: \(job)", "    rules:"]
        for rule in rules {
            lines.append("      - \(rule.kind): \(rule.name)")
            lines.append("        expr: '\(rule.expression)'")
            lines += rule.extra.map { "        " + $0 }
        }
        return lines
    }

    /// The JSON of `count` synthetic twelve-panel dashboards, as `specs generate` writes them.
    static func dashboards(_ count: Int) throws -> [(name: String, text: String, folder: String?)] {
        var stack = Compiler().lower([SyntheticStack.dashboards(count)])[0]
        // The stack's derived dashboards (its health, its alerts) are left out.
        stack.dashboards.removeAll { !$0.title.hasPrefix(SyntheticStack.dashboardTitlePrefix) }
        return try DashboardsEmitter().emit(stack).map { ($0.path, $0.contents, nil) }
    }
}
