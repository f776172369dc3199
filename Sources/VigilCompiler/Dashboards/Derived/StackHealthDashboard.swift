import VigilDSL

/// The stack watching itself: are the targets up, how scrapes go, whether rules evaluate and notifications
/// reach Alertmanager, and whether Alertmanager delivers them, from the metrics of the stack's own jobs.
enum StackHealthDashboard {
    typealias Metrics = PrometheusServerMetrics

    static func dashboard(for stack: ResolvedStack) -> Dashboard {
        Dashboard(
            "Stack health", tags: [DerivedDashboards.tag],
            description: "Whether the '\(stack.name)' stack itself works: targets, scrapes, rules, notifications.",
            time: .last(.hours(3))
        ) {
            Row("Targets") {
                Stat("Targets down", unit: .number, sparkline: false, colorMode: .background) {
                    count(Metrics.up.equals(0))
                }
                .noValue("0")
                .thresholds(Thresholds(.green, .at(1, .red)))
                .size(width: 6)
                StateTimeline("Targets", legend: .hidden) { Metrics.up }
                    .legendFormat("{{job}} {{instance}}")
                    .mappings(.value("1", text: "up", color: .green), .value("0", text: "down", color: .red))
                    .size(width: 18)
            }
            Row("Scrapes") {
                TimeSeries("Scrape duration", unit: .seconds) { Metrics.scrapeDuration }
                    .legendFormat("{{job}} {{instance}}")
                TimeSeries("Samples scraped", unit: .short) { Metrics.scrapeSamples }
                    .legendFormat("{{job}} {{instance}}")
            }
            Row("Rules and notifications") {
                Stat("Configuration", sparkline: false, colorMode: .background) { min(Metrics.configReloadSuccessful) }
                    .mappings(
                        .value("1", text: "loaded", color: .green), .value("0", text: "reload failed", color: .red)
                    )
                    .size(width: 6)
                TimeSeries("Rule evaluation failures", unit: .short) {
                    sum(increase(Metrics.ruleEvaluationFailures, over: .minutes(5)), by: [.ruleGroup])
                }
                .legendFormat("{{rule_group}}")
                .size(width: 9)
                TimeSeries("Notifications", unit: .short) {
                    Query(sum(rate(Metrics.notificationsSent, over: .minutes(5))), legendFormat: "sent")
                    Query(sum(rate(Metrics.notificationErrors, over: .minutes(5))), legendFormat: "failed")
                }
                .override(.name("failed"), .color(.red))
                .size(width: 9)
            }
            if stack.alertmanager != nil {
                Row("Alertmanager") {
                    Stat("Alertmanager configuration", sparkline: false, colorMode: .background) {
                        min(AlertmanagerMetrics.configReloadSuccessful)
                    }
                    .mappings(
                        .value("1", text: "loaded", color: .green), .value("0", text: "reload failed", color: .red)
                    )
                    .size(width: 6)
                    TimeSeries("Notifications by integration", unit: .short) {
                        Query(
                            sum(rate(AlertmanagerMetrics.notifications, over: .minutes(5)), by: [.integration]),
                            legendFormat: "{{integration}}")
                        Query(
                            sum(rate(AlertmanagerMetrics.notificationsFailed, over: .minutes(5)), by: [.integration]),
                            legendFormat: "{{integration}} failed")
                    }
                    .size(width: 18)
                }
            }
        }
    }
}
