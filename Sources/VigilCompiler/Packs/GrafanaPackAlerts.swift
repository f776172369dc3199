import VigilDSL

/// The alerts of the Grafana rule pack (``GrafanaAlert``) on Grafana's own metrics (``GrafanaMetrics``), which
/// a stack with a Grafana brings to its scrape job: for each, its condition, annotations, runbook and the
/// series of its firing and quiet tests, derived from the settled threshold.
///
/// The facts (the 5xx share of the API, data source errors, failing alert rule evaluations) follow the public
/// Grafana mixin and Grafana's documentation of its metrics; the expressions and words are Vigil's.
struct GrafanaPackAlerts: RulePack {
    typealias Metrics = GrafanaMetrics
    typealias Subject = ComponentPackSubject

    static let name = "grafana"
    static let title = "Grafana"

    /// Every alert reads counters, which the end-to-end exporter keeps steady.
    static let healthyValues: [String: Double] = [:]

    let scope: PackScope

    func definition(of alert: GrafanaAlert, threshold: Double) -> PackAlertDefinition {
        switch alert {
        case .httpErrors: httpErrors(threshold: threshold)
        case .datasourceErrors: datasourceErrors(threshold: threshold)
        case .alertRuleEvaluationFailures: alertRuleEvaluationFailures()
        }
    }

    func httpErrors(threshold: Double) -> PackAlertDefinition {
        let share = PackErrorShare(
            counter: Metrics.httpRequestDuration.name + "_count", statusLabel: "status_code", matchers: jobMatchers,
            threshold: threshold)
        return PackAlertDefinition(
            expression: share.expression,
            summary: "Grafana {{ $labels.instance }} answers requests with server errors",
            description: "{{ $value | humanizePercentage }} of Grafana's HTTP requests end in a 5xx.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of Grafana's requests fail on its side: "
                + "dashboards and Explore show errors instead of panels.",
            firstSteps: [
                "Read Grafana's log for the failing handler and its error.",
                "Check its database volume (`grafana-data`) has room, and the data sources its panels query.",
            ],
            fault: share.fault(steps: steps) { series($0, $1) },
            healthy: share.healthy(steps: steps) { series($0, $1) },
            firingLabels: firing(), firingValue: share.high,
            faultStory: "when requests fail above the threshold", healthyStory: "when they succeed",
            signal: share.signal(area: "Server", title: "HTTP requests failing", legend: "{{instance}}"))
    }

    func datasourceErrors(threshold: Double) -> PackAlertDefinition {
        let share = PackErrorShare(
            counter: Metrics.datasourceRequests.name, statusLabel: "code", matchers: jobMatchers, threshold: threshold,
            grouping: ["datasource": "Prometheus"])
        return PackAlertDefinition(
            expression: share.expression,
            summary: "Grafana's data source {{ $labels.datasource }} fails",
            description: "{{ $value | humanizePercentage }} of the requests to {{ $labels.datasource }} end in a 5xx.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of Grafana's requests to the data source "
                + "fail: its panels and the alert rules on it show no data.",
            firstSteps: [
                "Open the data source in Grafana (Connections, Data sources) and press Test: it shows the error.",
                "Check the data source's container is up and answers on the stack's network.",
            ],
            fault: share.fault(steps: steps) { series($0, $1) },
            healthy: share.healthy(steps: steps) { series($0, $1) },
            firingLabels: firing(share.grouping), firingValue: share.high,
            faultStory: "when a data source's requests fail above the threshold", healthyStory: "when they succeed",
            signal: share.signal(
                area: "Data sources", title: "Data source requests failing", legend: "{{datasource}}"))
    }

    func alertRuleEvaluationFailures() -> PackAlertDefinition {
        increase(
            Metrics.alertingRuleEvaluationFailures.name, labels: ["org": "1"], above: 0,
            panel: PackSignal.Placement(
                area: "Alerting", title: "Alert rule evaluations failed", legend: "{{instance}} org {{org}}"),
            summary: "Grafana alert rules of organisation {{ $labels.org }} fail to evaluate",
            description: "{{ $value | humanize }} evaluations failed in the last 5 minutes.",
            meaning:
                "Grafana-managed alert rules fail to evaluate: their query errors or their data source is down. "
                + "They neither fire nor resolve while it fails.",
            firstSteps: [
                "Open Alerting, Alert rules in Grafana: a failing rule shows its error.",
                "Run its query in Explore; fix the query or the data source.",
            ],
            faultStory: "when evaluations keep failing")
    }
}
