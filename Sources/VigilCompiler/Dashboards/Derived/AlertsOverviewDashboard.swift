import VigilModel

/// What fires, by severity: counts of firing alerts per severity the stack's alerts use (but the Watchdog's
/// `none`), the firing alerts with their labels, and the history of each alert, from Prometheus's `ALERTS`
/// series.
enum AlertsOverviewDashboard {
    static func dashboard(for stack: ResolvedStack) -> DashboardOutline {
        let panels = DerivedPanels(location: stack.location)
        // The Watchdog's `none` always fires, by design: it is no news.
        let severities = Set(stack.alerts.map(\.severity)).subtracting([Severity("none")]).sorted()
        func alerts(_ state: String, _ matchers: PromQLLabelMatcher...) -> PromQLExpression {
            .series("ALERTS", [PromQLLabelMatcher("alertstate", .equal, state)] + matchers)
        }
        let now =
            severities.map { severity in
                panels.stat(
                    "Firing: \(severity.name)", unit: .number, colorMode: .background,
                    [
                        panels.query(
                            alerts("firing", PromQLLabelMatcher("severity", .equal, severity.name)).aggregated(.count))
                    ]
                ).with {
                    $0.field.noValue = "0"
                    $0.field.thresholds = Thresholds(.green, .at(1, severity == .critical ? .red : .orange))
                }
            } + [
                panels.stat(
                    "Pending", unit: .number, colorMode: .background,
                    [
                        panels.query(alerts("pending").aggregated(.count))
                    ]
                ).with {
                    $0.field.noValue = "0"
                    $0.field.thresholds = Thresholds(.green, .at(1, .yellow))
                },
                panels.table("Firing alerts", [panels.query(alerts("firing"))]),
            ]
        let history = [
            panels.timeSeries(
                "Firing alerts by severity", unit: .number, style: .bars, stacking: .normal, fillOpacity: 80,
                [panels.query(alerts("firing").aggregated(.count, by: ["severity"]))]
            ).with { $0.legendFormat = "{{severity}}" },
            panels.stateTimeline(
                "Alerts", legend: "{{alertname}}", [panels.query(alerts("firing").aggregated(.max, by: ["alertname"]))]
            ).with { $0.field.mappings = [.value("1", text: "firing", color: .red)] },
        ]
        return DashboardOutline(
            title: "Alerts overview", tags: [DerivedDashboards.tag],
            description: "The alerts of the '\(stack.name)' stack that fire or are about to, by severity.",
            time: .last(.hours(24)),
            items: [
                .row(PanelRow(title: "Now", collapsed: false, panels: now, location: stack.location)),
                .row(PanelRow(title: "History", collapsed: false, panels: history, location: stack.location)),
            ], location: stack.location)
    }
}
