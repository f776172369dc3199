/// The options of Grafana's `bargauge` panel: what ``PanelKind`` carries for it; written with `BarGauge` in the
/// DSL, which names them `BarGauge.Options`.
public struct BarGaugeOptions: Hashable, Sendable {
    /// How the bars are drawn.
    public enum Style: String, Hashable, Sendable {
        case gradient, lcd, basic
    }

    /// The direction of the bars.
    public enum Orientation: String, Hashable, Sendable {
        case auto, horizontal, vertical
    }

    /// How each series becomes one value.
    public var reduction: Reduction
    /// How the bars are drawn.
    public var style: Style
    /// The direction of the bars.
    public var orientation: Orientation
    /// Whether the empty part of each bar is drawn.
    public var showsUnfilled: Bool

    /// Options with every value given.
    public init(reduction: Reduction, style: Style, orientation: Orientation, showsUnfilled: Bool) {
        self.reduction = reduction
        self.style = style
        self.orientation = orientation
        self.showsUnfilled = showsUnfilled
    }
}
