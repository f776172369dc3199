import VigilDSL

/// What fires, by severity: counts of firing alerts per severity the stack's alerts use (but the Watchdog's
/// `none`), the firing alerts with their labels, and the history of each alert, from Prometheus's `ALERTS`
/// series.
enum AlertsOverviewDashboard {
    static func dashboard(for stack: ResolvedStack) -> Dashboard {
        // The Watchdog's `none` always fires, by design: it is no news.
        let severities = Set(stack.alerts.map(\.severity)).subtracting([Severity("none")]).sorted()
        return Dashboard(
            "Alerts overview", tags: [DerivedDashboards.tag],
            description: "The alerts of the '\(stack.name)' stack that fire or are about to, by severity.",
            time: .last(.hours(24))
        ) {
            Row("Now") {
                for severity in severities {
                    Stat("Firing: \(severity.name)", unit: .number, colorMode: .background) {
                        PromQL(#"count(ALERTS{alertstate="firing", severity="\#(severity.name)"})"#)
                    }
                    .noValue("0")
                    .thresholds(Thresholds(.green, .at(1, severity == .critical ? .red : .orange)))
                }
                Stat("Pending", unit: .number, colorMode: .background) {
                    PromQL(#"count(ALERTS{alertstate="pending"})"#)
                }
                .noValue("0")
                .thresholds(Thresholds(.green, .at(1, .yellow)))
                Table("Firing alerts") { PromQL(#"ALERTS{alertstate="firing"}"#) }
            }
            Row("History") {
                TimeSeries("Firing alerts by severity", unit: .number, style: .bars, stacking: .normal, fillOpacity: 80)
                {
                    PromQL(#"count by (severity) (ALERTS{alertstate="firing"})"#)
                }
                .legendFormat("{{severity}}")
                StateTimeline("Alerts", legend: .hidden) {
                    PromQL(#"max by (alertname) (ALERTS{alertstate="firing"})"#)
                }
                .legendFormat("{{alertname}}")
                .mappings(.value("1", text: "firing", color: .red))
            }
        }
    }
}
