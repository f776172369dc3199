/// The options of Grafana's `heatmap` panel: what ``PanelKind`` carries for it; written with `Heatmap` in the
/// DSL, which names them `Heatmap.Options`.
public struct HeatmapOptions: Hashable, Sendable {
    /// The colour scheme of the cells, from few observations to many.
    public enum Scheme: String, Hashable, Sendable {
        case oranges = "Oranges"
        case blues = "Blues"
        case greens = "Greens"
        case reds = "Reds"
        case purples = "Purples"
        case spectral = "Spectral"
        case viridis = "Viridis"
        case yellowOrangeRed = "YlOrRd"
    }

    /// The colour scheme of the cells.
    public var scheme: Scheme

    /// Options with every value given.
    public init(scheme: Scheme) {
        self.scheme = scheme
    }
}
