/// The options of Grafana's `timeseries` panel: what ``PanelKind`` carries for it; written with `TimeSeries` in the
/// DSL, which names them `TimeSeries.Options`.
public struct TimeSeriesOptions: Hashable, Sendable {
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

    /// Options with every value given.
    public init(
        style: Style, stacking: Stacking, fillOpacity: Int, interpolation: Interpolation, legend: Legend,
        tooltip: Tooltip
    ) {
        self.style = style
        self.stacking = stacking
        self.fillOpacity = fillOpacity
        self.interpolation = interpolation
        self.legend = legend
        self.tooltip = tooltip
    }
}
