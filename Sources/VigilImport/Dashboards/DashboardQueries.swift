import VigilCore
import VigilModel

/// What the importer does with the queries of imported dashboards: infers the metrics they read, as it does
/// for rules, and settles which heatmaps Vigil's typed `Heatmap` can write.
enum DashboardQueries {
    /// Adds the metrics and labels that `dashboard`'s panels and query variables read to `inference`.
    static func add(_ dashboard: ImportedDashboard, to inference: inout MetricInference) {
        let subject = "dashboard '\(dashboard.title)'"
        for variable in dashboard.variables {
            let location = InputLocation(variable.location)
            let about = "\(subject), variable '\(variable.name)'"
            switch variable.source {
            case .labelValues(let label, let selector):
                inference.add(label: label, of: selector, in: about, at: location)
            case .queryResult(let query, _):
                if let tree = tree(of: query) { inference.add(tree, in: about, at: location) }
            default: break
            }
        }
        for panel in dashboard.panels {
            for query in panel.queries {
                guard let tree = tree(of: query.expression) else { continue }
                let legend =
                    (query.legendFormat ?? panel.legendFormat).map { DashboardQueryRules.legendLabels(in: $0) } ?? []
                inference.add(
                    tree, in: "\(subject), panel '\(panel.title)'", shownLabels: legend.filter { !$0.hasPrefix("__") },
                    by: "legend format", at: InputLocation(query.location))
            }
        }
    }

    /// The tree of a query's text, with its Grafana variables replaced by placeholders.
    static func tree(of expression: RuleExpression) -> PromQLExpression? {
        switch expression {
        case .built(let tree): tree
        case .raw(let promQL): try? PromQLExpression(parsing: GrafanaVariables.placeholders(inPromQL: promQL.text))
        }
    }

    /// Makes each heatmap of `dashboard` that is not a histogram's bucket rates (see ``HeatmapSelection``) a time
    /// series panel, which can show any query, and says so in `report`.
    static func settleHeatmaps(
        of dashboard: inout ImportedDashboard, histograms: Set<String>, report: inout ImportReport
    ) {
        func settle(_ item: ImportedDashboardItem) -> ImportedDashboardItem {
            switch item {
            case .panel(var panel):
                guard case .heatmap = panel.kind, HeatmapSelection(panel, histograms: histograms) == nil else {
                    return item
                }
                panel.kind = .timeSeries(
                    TimeSeriesOptions(
                        style: .lines, stacking: .none, fillOpacity: 0, interpolation: .linear, legend: .list,
                        tooltip: .single))
                report.add(
                    .review, at: InputLocation(panel.location),
                    "dashboard '\(dashboard.title)', panel '\(panel.title)': the heatmap is imported as a time series: "
                        + "Vigil's Heatmap shows one histogram's bucket rates, sum by (le) (rate(name_bucket[range]))")
                return .panel(panel)
            case .row(var row):
                row.items = row.items.map(settle)
                return .row(row)
            case .variable, .note:
                return item
            }
        }
        dashboard.items = dashboard.items.map(settle)
    }
}
