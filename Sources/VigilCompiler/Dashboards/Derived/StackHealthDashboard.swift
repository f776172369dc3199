import VigilModel

/// The stack watching itself: are the targets up, how scrapes go, whether rules evaluate and notifications
/// reach Alertmanager, and whether Alertmanager delivers them, from the metrics of the stack's own jobs.
enum StackHealthDashboard {
    static func dashboard(for stack: ResolvedStack) -> DashboardOutline {
        let panels = DerivedPanels(location: stack.location)
        func rate(_ counter: String, by labels: [String]? = nil) -> PromQLExpression {
            PromQLExpression.call(.rate, counter, over: .minutes(5)).aggregated(.sum, by: labels)
        }
        /// Whether the last reload of a configuration succeeded, from its `…_config_last_reload_successful`.
        func configuration(_ title: String, _ metric: String) -> Panel {
            panels.stat(
                title, sparkline: false, colorMode: .background,
                [panels.query(PromQLExpression.series(metric).aggregated(.min))]
            ).with {
                $0.field.mappings = [
                    .value("1", text: "loaded", color: .green), .value("0", text: "reload failed", color: .red),
                ]
                $0.width = 6
            }
        }
        let byInstance = "{{job}} {{instance}}"
        var rows = [
            PanelRow(
                title: "Targets", collapsed: false,
                panels: [
                    panels.stat(
                        "Targets down", unit: .number, sparkline: false, colorMode: .background,
                        [panels.query(PromQLExpression.series("up").applying(.equal, .number(0)).aggregated(.count))]
                    ).with {
                        $0.field.noValue = "0"
                        $0.field.thresholds = Thresholds(.green, .at(1, .red))
                        $0.width = 6
                    },
                    panels.stateTimeline("Targets", legend: byInstance, [panels.query(.series("up"))]).with {
                        $0.field.mappings = DerivedPanels.upOrDown
                        $0.width = 18
                    },
                ], location: stack.location),
            PanelRow(
                title: "Scrapes", collapsed: false,
                panels: [
                    panels.timeSeries(
                        "Scrape duration", unit: .seconds, [panels.query(.series("scrape_duration_seconds"))]
                    ).with { $0.legendFormat = byInstance },
                    panels.timeSeries(
                        "Samples scraped", unit: .short, [panels.query(.series("scrape_samples_scraped"))]
                    ).with { $0.legendFormat = byInstance },
                ], location: stack.location),
            PanelRow(
                title: "Rules and notifications", collapsed: false,
                panels: [
                    configuration("Configuration", "prometheus_config_last_reload_successful"),
                    panels.timeSeries(
                        "Rule evaluation failures", unit: .short,
                        [
                            panels.query(
                                PromQLExpression.call(
                                    .increase, "prometheus_rule_evaluation_failures_total", over: .minutes(5)
                                ).aggregated(.sum, by: ["rule_group"]))
                        ]
                    ).with {
                        $0.legendFormat = "{{rule_group}}"
                        $0.width = 9
                    },
                    panels.timeSeries(
                        "Notifications", unit: .short,
                        [
                            panels.query(rate("prometheus_notifications_sent_total"), legend: "sent"),
                            panels.query(rate("prometheus_notifications_errors_total"), legend: "failed"),
                        ]
                    ).with {
                        $0.overrides = [Override(matcher: .name("failed"), properties: [.color(.red)])]
                        $0.width = 9
                    },
                ], location: stack.location),
        ]
        if stack.alertmanager != nil {
            rows.append(
                PanelRow(
                    title: "Alertmanager", collapsed: false,
                    panels: [
                        configuration("Alertmanager configuration", "alertmanager_config_last_reload_successful"),
                        panels.timeSeries(
                            "Notifications by integration", unit: .short,
                            [
                                panels.query(
                                    rate("alertmanager_notifications_total", by: ["integration"]),
                                    legend: "{{integration}}"),
                                panels.query(
                                    rate("alertmanager_notifications_failed_total", by: ["integration"]),
                                    legend: "{{integration}} failed"),
                            ]
                        ).with { $0.width = 18 },
                    ], location: stack.location))
        }
        return DashboardOutline(
            title: "Stack health", tags: [DerivedDashboards.tag],
            description: "Whether the '\(stack.name)' stack itself works: targets, scrapes, rules, notifications.",
            time: .last(.hours(3)), items: rows.map(DashboardOutline.Item.row), location: stack.location)
    }
}
