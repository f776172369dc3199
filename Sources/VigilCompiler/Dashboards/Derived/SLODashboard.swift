import VigilModel

/// The service level objectives of a stack, one row each, from the series their recording rules record: the
/// objective, the indicator over the SLO's window, the error budget left, the burn rate over every recorded
/// window (the error ratio in multiples of the budget), and the state of the SLO's burn-rate alerts.
///
/// No data shows as such: a series that is absent (the rules not loaded, the metric not scraped) or NaN (no events
/// over the window, 0 of 0) reads "No data" in a neutral colour, never a value and never the colour of the lowest
/// threshold, which is red for the SLI and the budget. No query defaults absence to a value.
enum SLODashboard {
    /// What a panel shows without a value: Grafana's own words.
    static let noData = "No data"

    /// The dashboard of the stack's SLOs; none for a stack without.
    static func dashboard(for stack: ResolvedStack) -> DashboardOutline? {
        guard !stack.slos.isEmpty else { return nil }
        let panels = DerivedPanels(location: stack.location)
        return DashboardOutline(
            title: "SLOs", tags: [DerivedDashboards.tag],
            description: "The service level objectives of the '\(stack.name)' stack: budgets, burn rates, alerts.",
            time: .last(.days(7)), items: stack.slos.map { .row(row(for: $0, panels: panels)) },
            location: stack.location)
    }

    /// The row of one SLO.
    static func row(for slo: ResolvedSLO, panels: DerivedPanels) -> PanelRow {
        func series(_ name: String) -> PromQLExpression { .vectorSelector(slo.selector(name)) }
        let alerts = PromQLExpression.series(
            "ALERTS",
            [
                PromQLLabelMatcher("alertname", .equal, slo.alertName),
                PromQLLabelMatcher("alertstate", .equal, "firing"),
            ] + slo.seriesLabels.map { PromQLLabelMatcher($0.name, .equal, $0.value) })
        var row = [
            panels.stat(
                "\(slo.name): objective", unit: .percentUnit, sparkline: false,
                [panels.query(series(ResolvedSLO.objectiveSeries))]
            ).with {
                showNoData(in: .text, on: &$0)
                $0.width = 4
            },
            panels.stat(
                "\(slo.name): SLI over \(slo.window)", unit: .percentUnit, colorMode: .background,
                [
                    panels.query(
                        PromQLExpression.number(1).applying(
                            .subtract, series(ResolvedSLO.errorRatioSeries(over: slo.window))))
                ]
            ).with {
                $0.field.thresholds = Thresholds(.red, .at((Fraction(1) - slo.errorBudget).doubleValue, .green))
                showNoData(in: .transparent, on: &$0)
                $0.width = 4
            },
            panels.gauge(
                "\(slo.name): error budget remaining", unit: .percentUnit,
                [panels.query(series(ResolvedSLO.budgetRemainingSeries))]
            ).with {
                $0.field.thresholds = Thresholds(.red, .at(0, .orange), .at(0.25, .yellow), .at(0.5, .green))
                showNoData(in: .text, on: &$0)
                $0.width = 4
            },
            panels.timeSeries(
                "\(slo.name): burn rate by window", unit: .number,
                slo.windows.map { window in
                    panels.query(
                        series(ResolvedSLO.errorRatioSeries(over: window)).applying(
                            .divide, .number(slo.errorBudget.doubleValue)),
                        legend: "\(window)")
                }
            ).with {
                $0.field.min = 0
                $0.field.thresholds = Thresholds(.green, .at(1, .orange))
                $0.field.noValue = noData
                $0.width = slo.tiers.isEmpty ? 12 : 6
            },
        ]
        if !slo.tiers.isEmpty {
            row.append(
                panels.stateTimeline(
                    "\(slo.name): alerts", legend: "{{severity}}",
                    [panels.query(alerts.aggregated(.max, by: ["severity"]))]
                ).with {
                    $0.field.mappings = [.value("1", text: "firing", color: .red)]
                    $0.width = 6
                })
        }
        return PanelRow(title: "\(slo.service): \(slo.name)", collapsed: false, panels: row, location: panels.location)
    }

    /// Makes `panel` show "No data" for an absent series and for NaN, in `color` (the text's, or none under a
    /// stat's background colour) rather than the lowest threshold's.
    static func showNoData(in color: PanelColor, on panel: inout Panel) {
        panel.field.noValue = noData
        panel.field.mappings.append(.special(.nullOrNaN, text: noData, color: color))
    }
}
