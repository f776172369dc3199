import VigilDSL

/// The alerts of the Alloy rule pack (``AlloyAlert``) on Alloy's own metrics (``AlloyMetrics``), which a stack
/// with Loki brings to the scrape job of the Alloy that ships its logs: for each, its condition, annotations,
/// runbook and the series of its firing and quiet tests, derived from the settled threshold.
///
/// The facts (unhealthy components, pushes that fail or entries dropped after the retries) follow the public
/// Alloy mixin and Alloy's documentation of `loki.write`; the expressions and words are Vigil's.
struct AlloyPackAlerts: RulePack {
    typealias Metrics = AlloyMetrics
    typealias Subject = ComponentPackSubject

    static let name = "alloy"
    static let title = "Alloy"

    /// A healthy Alloy runs no component that is not healthy; the end-to-end exporter's 1 would be one.
    static let healthyValues: [String: Double] = [Metrics.runningComponents.name: 0]

    let scope: PackScope

    func definition(of alert: AlloyAlert, threshold: Double) -> PackAlertDefinition {
        switch alert {
        case .unhealthyComponents: unhealthyComponents()
        case .lokiWriteErrors: lokiWriteErrors(threshold: threshold)
        case .lokiWriteDroppingEntries: lokiWriteDroppingEntries()
        }
    }

    func unhealthyComponents() -> PackAlertDefinition {
        let metric = Metrics.runningComponents.name
        let unhealthy = selected(metric, [PromQLLabelMatcher("health_type", .notEqual, "healthy")])
            .aggregated(.sum, by: ["job", "instance"])
        let running: (Double) -> [(String, SeriesValues)] = { count in
            [
                (series(metric, ["health_type": "unhealthy"]), .constant(count, steps: steps)),
                (series(metric, ["health_type": "healthy"]), .constant(5, steps: steps)),
            ]
        }
        return PackAlertDefinition(
            expression: unhealthy.applying(.greater, .number(0)),
            summary: "Alloy {{ $labels.instance }} runs unhealthy components",
            description: "{{ $value }} of Alloy's components are not healthy.",
            meaning:
                "Components of Alloy's configuration report an error or stopped: the logs they discover, read or "
                + "write are not shipped to Loki.",
            firstSteps: [
                "Open Alloy's UI (port 12345 inside the stack's network) or read its log: the component and its "
                    + "error are named.",
                "Check what the component needs: the Docker socket proxy for container logs, the mounted folder "
                    + "for file logs, Loki for `loki.write`.",
            ],
            fault: running(1), healthy: running(0),
            firingLabels: firing(), firingValue: 1,
            faultStory: "when a component is unhealthy", healthyStory: "when all are healthy",
            signal: PackSignal(
                area: "Components", title: "Components not healthy", query: unhealthy, unit: .short,
                legend: "{{instance}}", thresholds: [.above(0)]))
    }

    func lokiWriteErrors(threshold: Double) -> PackAlertDefinition {
        let share = PackErrorShare(
            counter: Metrics.lokiWriteRequestDuration.name + "_count", statusLabel: "status_code",
            matchers: jobMatchers, threshold: threshold, grouping: ["host": "loki:3100"])
        return PackAlertDefinition(
            expression: share.expression,
            summary: "Alloy's pushes to Loki at {{ $labels.host }} fail",
            description: "{{ $value | humanizePercentage }} of Alloy's pushes to {{ $labels.host }} end in a 5xx.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of Alloy's pushes fail on Loki's side: "
                + "Alloy retries them, and drops the lines when its retries run out.",
            firstSteps: [
                "Check Loki: its container, its log, and the Loki pack's `LokiRequestErrors`.",
                "Read Alloy's log for the push errors Loki answers with.",
            ],
            fault: share.fault(steps: steps) { series($0, $1) },
            healthy: share.healthy(steps: steps) { series($0, $1) },
            firingLabels: firing(share.grouping), firingValue: share.high,
            faultStory: "when pushes fail above the threshold", healthyStory: "when they succeed",
            signal: share.signal(area: "Loki writes", title: "Pushes to Loki failing", legend: "{{host}}"))
    }

    func lokiWriteDroppingEntries() -> PackAlertDefinition {
        increase(
            Metrics.lokiWriteDroppedEntries.name, labels: ["host": "loki:3100", "reason": "ingester_error"],
            above: 0,
            panel: PackSignal.Placement(area: "Loki writes", title: "Log entries dropped", legend: "{{reason}}"),
            summary: "Alloy drops log entries bound for {{ $labels.host }}",
            description: "Alloy dropped {{ $value | humanize }} entries in the last 5 minutes: {{ $labels.reason }}.",
            meaning:
                "Alloy gave up on log entries after its retries, or because Loki refused them for good: those "
                + "lines are lost.",
            firstSteps: [
                "Read the reason: `ingester_error` points at Loki (see its pack's alerts), `rate_limited` and "
                    + "`stream_limited` at Loki's limits.",
                "Check Loki is reachable from Alloy at `loki:3100`.",
            ],
            faultStory: "when entries keep being dropped")
    }
}
