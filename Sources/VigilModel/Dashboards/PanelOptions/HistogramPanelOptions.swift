/// The options of Grafana's `histogram` panel: what ``PanelKind`` carries for it; written with `HistogramPanel` in the
/// DSL, which names them `HistogramPanel.Options`.
public struct HistogramPanelOptions: Hashable, Sendable {
    /// How many buckets Grafana makes; it picks when `nil`.
    public var bucketCount: Int?
    /// Whether all series are combined into one histogram.
    public var combinesSeries: Bool
    /// The legend.
    public var legend: Legend

    /// Options with every value given.
    public init(bucketCount: Int?, combinesSeries: Bool, legend: Legend) {
        self.bucketCount = bucketCount
        self.combinesSeries = combinesSeries
        self.legend = legend
    }
}
