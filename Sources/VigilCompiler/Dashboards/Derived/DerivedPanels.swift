import VigilModel

/// The panels of the derived dashboards, written in the model's terms: each kind with the options a spec's
/// panel of that kind starts from, its queries syntax trees, everything attributed to one location (the
/// stack's declaration, where diagnostics about derived dashboards point).
struct DerivedPanels {
    /// Where every panel and query is attributed.
    let location: SourceLocation

    /// A query of `tree`, with its own legend format or, when `nil`, the panel's.
    func query(_ tree: PromQLExpression, legend: String? = nil) -> Query {
        Query(expression: .built(tree), legendFormat: legend, instant: false, location: location)
    }

    /// A time series panel.
    func timeSeries(
        _ title: String, unit: Unit?, style: TimeSeriesOptions.Style = .lines,
        stacking: TimeSeriesOptions.Stacking = .none, fillOpacity: Int = 10, _ queries: [Query]
    ) -> Panel {
        let options = TimeSeriesOptions(
            style: style, stacking: stacking, fillOpacity: fillOpacity, interpolation: .linear, legend: .list,
            tooltip: .all)
        return Panel(.timeSeries(options), title, unit: unit, queries: queries, location: location)
    }

    /// A stat panel of the last value.
    func stat(
        _ title: String, unit: Unit? = nil, sparkline: Bool = true, colorMode: StatOptions.ColorMode = .value,
        _ queries: [Query]
    ) -> Panel {
        let options = StatOptions(reduction: .lastNotNull, sparkline: sparkline, colorMode: colorMode, textMode: .auto)
        return Panel(.stat(options), title, unit: unit, queries: queries, location: location)
    }

    /// A gauge of the last value, with threshold markers.
    func gauge(_ title: String, unit: Unit?, _ queries: [Query]) -> Panel {
        let options = GaugePanelOptions(
            reduction: .lastNotNull, showsThresholdMarkers: true, showsThresholdLabels: false)
        return Panel(.gauge(options), title, unit: unit, queries: queries, location: location)
    }

    /// A state timeline without a legend, its series named by `legend`.
    func stateTimeline(_ title: String, legend: String, _ queries: [Query]) -> Panel {
        let options = StateTimelineOptions(mergesValues: true, showsValues: .auto, legend: .hidden)
        var panel = Panel(.stateTimeline(options), title, unit: nil, queries: queries, location: location)
        panel.legendFormat = legend
        return panel
    }

    /// A table with a header.
    func table(_ title: String, _ queries: [Query]) -> Panel {
        let options = TableOptions(showsHeader: true, sortBy: nil, descending: true)
        return Panel(.table(options), title, unit: nil, queries: queries, location: location)
    }

    /// A Markdown text panel.
    func text(_ title: String, _ markdown: String) -> Panel {
        Panel(
            .text(TextOptions(content: markdown, mode: .markdown)), title, unit: nil, queries: [], location: location)
    }

    /// A heatmap of a histogram's buckets: `sum by (le) (rate(name_bucket{matchers}[5m]))`.
    func heatmap(_ title: String, histogram name: String, _ matchers: [PromQLLabelMatcher], unit: Unit?) -> Panel {
        let buckets = PromQLExpression.call(.rate, name + "_bucket", matchers, over: .minutes(5))
        return Panel(
            .heatmap(HeatmapOptions(scheme: .oranges)), title, unit: unit,
            queries: [query(buckets.aggregated(.sum, by: ["le"]), legend: "{{le}}")], location: location)
    }

    /// Value mappings of a series that reads 1 when up and 0 when down.
    static let upOrDown: [ValueMapping] = [
        .value("1", text: "up", color: .green), .value("0", text: "down", color: .red),
    ]
}

extension Panel {
    /// The panel with `change` made to it: field options, overrides, size.
    func with(_ change: (inout Panel) -> Void) -> Panel {
        var panel = self
        change(&panel)
        return panel
    }
}
