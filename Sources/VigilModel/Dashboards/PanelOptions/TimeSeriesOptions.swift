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

    /// Whether and how the thresholds are drawn on the graph.
    public enum ThresholdsStyle: String, Hashable, Sendable {
        /// Not drawn: the thresholds only colour what uses them.
        case off
        /// A solid line at each step.
        case line
        /// A dashed line at each step.
        case dashed
        /// The area of each step filled in its colour.
        case area
        /// A solid line and the filled area.
        case lineAndArea = "line+area"
        /// A dashed line and the filled area.
        case dashedAndArea = "dashed+area"
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
    /// How the thresholds are drawn.
    public var thresholdsStyle: ThresholdsStyle = .off

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
