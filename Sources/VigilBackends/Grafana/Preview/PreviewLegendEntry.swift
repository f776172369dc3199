import VigilModel

/// A query of a panel as its preview's legend lists it: the refId and the legend format, or the query itself
/// where Grafana names the series automatically.
struct PreviewLegendEntry: Hashable {
    /// The query's refId: A, B, ...
    var refID: String
    /// The legend format, or the query's text when it has none.
    var label: String

    /// The entry of `target`.
    init(_ target: ResolvedTarget) {
        refID = target.refID
        label = target.legendFormat ?? target.text
    }
}
