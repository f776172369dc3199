/// The options of Grafana's `gauge` panel: what ``PanelKind`` carries for it; written with `GaugePanel` in the
/// DSL, which names them `GaugePanel.Options`.
public struct GaugePanelOptions: Hashable, Sendable {
    /// How each series becomes one value.
    public var reduction: Reduction
    /// Whether the threshold colours are drawn around the dial.
    public var showsThresholdMarkers: Bool
    /// Whether the threshold values are written around the dial.
    public var showsThresholdLabels: Bool

    /// Options with every value given.
    public init(reduction: Reduction, showsThresholdMarkers: Bool, showsThresholdLabels: Bool) {
        self.reduction = reduction
        self.showsThresholdMarkers = showsThresholdMarkers
        self.showsThresholdLabels = showsThresholdLabels
    }
}
