import VigilDSL

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
    static func dashboard(for stack: ResolvedStack) -> Dashboard? {
        guard !stack.slos.isEmpty else { return nil }
        return Dashboard(
            "SLOs", tags: [DerivedDashboards.tag],
            description: "The service level objectives of the '\(stack.name)' stack: budgets, burn rates, alerts.",
            time: .last(.days(7))
        ) {
            for slo in stack.slos {
                row(for: slo)
            }
        }
    }

    /// The row of one SLO.
    static func row(for slo: ResolvedSLO) -> Row {
        func series(_ name: String) -> PromQLExpression { .vectorSelector(slo.selector(name)) }
        func query(_ expression: PromQLExpression) -> InstantVector<NoLabels> { InstantVector(expression) }
        let alerts = PromQLVectorSelector(
            name: "ALERTS",
            matchers: [
                PromQLLabelMatcher("alertname", .equal, slo.alertName),
                PromQLLabelMatcher("alertstate", .equal, "firing"),
            ] + slo.seriesLabels.map { PromQLLabelMatcher($0.name, .equal, $0.value) })
        return Row("\(slo.service): \(slo.name)") {
            Stat("\(slo.name): objective", unit: .percentUnit, sparkline: false) {
                query(series(ResolvedSLO.objectiveSeries))
            }
            .showingNoData(in: .text)
            .size(width: 4)
            Stat("\(slo.name): SLI over \(slo.window)", unit: .percentUnit, colorMode: .background) {
                query(
                    .binary(
                        PromQLBinaryExpression(
                            .number(1), .subtract, series(ResolvedSLO.errorRatioSeries(over: slo.window)))))
            }
            .thresholds(Thresholds(.red, .at((Fraction(1) - slo.errorBudget).doubleValue, .green)))
            .showingNoData(in: .transparent)
            .size(width: 4)
            GaugePanel("\(slo.name): error budget remaining", unit: .percentUnit) {
                query(series(ResolvedSLO.budgetRemainingSeries))
            }
            .thresholds(Thresholds(.red, .at(0, .orange), .at(0.25, .yellow), .at(0.5, .green)))
            .showingNoData(in: .text)
            .size(width: 4)
            TimeSeries("\(slo.name): burn rate by window", unit: .number) {
                for window in slo.windows {
                    Query(
                        query(
                            .binary(
                                PromQLBinaryExpression(
                                    series(ResolvedSLO.errorRatioSeries(over: window)), .divide,
                                    .number(slo.errorBudget.doubleValue)))),
                        legendFormat: "\(window)")
                }
            }
            .min(0)
            .thresholds(Thresholds(.green, .at(1, .orange)))
            .noValue(noData)
            .size(width: slo.tiers.isEmpty ? 12 : 6)
            if !slo.tiers.isEmpty {
                StateTimeline("\(slo.name): alerts", legend: .hidden) {
                    query(.aggregation(PromQLAggregation(.max, .vectorSelector(alerts), grouping: .by(["severity"]))))
                }
                .legendFormat("{{severity}}")
                .mappings(.value("1", text: "firing", color: .red))
                .size(width: 6)
            }
        }
    }
}

extension DashboardPanel {
    /// Shows "No data" for an absent series and for NaN, in `color` (the text's, or none under a stat's
    /// background colour) rather than the lowest threshold's.
    fileprivate func showingNoData(in color: PanelColor) -> Self {
        noValue(SLODashboard.noData).mappings(.special(.nullOrNaN, text: SLODashboard.noData, color: color))
    }
}
