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
    public enum Style: String, Hashable, Sendable {
        case lines = "line"
        case bars
        case points
    }

    /// Whether and how series are stacked.
    public enum Stacking: String, Hashable, Sendable {
        case none, normal, percent
    }

    /// How lines join points.
    public enum Interpolation: String, Hashable, Sendable {
        case linear, smooth, stepBefore, stepAfter
    }

    /// The options of a time series panel.
    public struct Options: Hashable, Sendable {
        /// Lines, bars or points.
        public var style: Style
        /// Stacking of the series.
        public var stacking: Stacking
        /// The opacity of the area below lines, 0 to 100.
        public var fillOpacity: Int
        /// How lines join points.
        public var interpolation: Interpolation
        /// The legend.
        public var legend: Legend
        /// The tooltip.
        public var tooltip: Tooltip
    }

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
}
