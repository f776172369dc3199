/// The options of Grafana's `state-timeline` panel: what ``PanelKind`` carries for it; written with `StateTimeline` in the
/// DSL, which names them `StateTimeline.Options`.
public struct StateTimelineOptions: Hashable, Sendable {
    /// When the values are written on the bands.
    public enum ValueDisplay: String, Hashable, Sendable {
        case auto, never, always
    }

    /// Whether equal consecutive values form one band.
    public var mergesValues: Bool
    /// When values are written on the bands.
    public var showsValues: ValueDisplay
    /// The legend.
    public var legend: Legend

    /// Options with every value given.
    public init(mergesValues: Bool, showsValues: ValueDisplay, legend: Legend) {
        self.mergesValues = mergesValues
        self.showsValues = showsValues
        self.legend = legend
    }
}
