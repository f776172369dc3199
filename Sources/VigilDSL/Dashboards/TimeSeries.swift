/// A graph of series over time: Grafana's `timeseries` panel.
///
/// ```swift
/// TimeSeries("Request rate", unit: .requestsPerSecond) {
///     sum(rate(requests, over: .minutes(5)), by: [.method])
/// }
/// .legendFormat("{{method}}")
/// ```
public struct TimeSeries: DashboardPanel {
    /// How the points are drawn.
    public typealias Style = TimeSeriesOptions.Style

    /// Whether and how series are stacked.
    public typealias Stacking = TimeSeriesOptions.Stacking

    /// How lines join points.
    public typealias Interpolation = TimeSeriesOptions.Interpolation

    /// The options of a time series panel.
    public typealias Options = TimeSeriesOptions

    /// How the thresholds are drawn on the graph.
    public typealias ThresholdsStyle = TimeSeriesOptions.ThresholdsStyle

    public var panel: Panel

    /// A time series panel of `queries`.
    public init(
        _ title: String, unit: Unit? = nil, style: Style = .lines, stacking: Stacking = .none, fillOpacity: Int = 10,
        interpolation: Interpolation = .linear, legend: Legend = .list, tooltip: Tooltip = .all,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<Query> queries: () -> [Query]
    ) {
        let options = Options(
            style: style, stacking: stacking, fillOpacity: fillOpacity, interpolation: interpolation, legend: legend,
            tooltip: tooltip)
        panel = Panel(
            .timeSeries(options), title, unit: unit, queries: queries(),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// The thresholds drawn on the graph as `style` shows them, e.g. `.dashed` lines at an alert's thresholds.
    public func thresholdsStyle(_ style: ThresholdsStyle) -> TimeSeries {
        with { panel in
            if case .timeSeries(var options) = panel.kind {
                options.thresholdsStyle = style
                panel.kind = .timeSeries(options)
            }
        }
    }
}
