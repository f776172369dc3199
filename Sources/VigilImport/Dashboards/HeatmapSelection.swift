import VigilCore
import VigilModel

/// What a Vigil `Heatmap` is made of, found in an imported heatmap panel's query: Vigil's heatmap takes a
/// histogram metric, optionally narrowed to a job, and sums the rate of its buckets by `le`, so an imported
/// heatmap is one when its only query is exactly that over an inferred histogram.
struct HeatmapSelection: Hashable, Sendable {
    /// The histogram, without `_bucket`.
    var metric: String
    /// The job it is narrowed to, if any.
    var job: String?
    /// The range of the rate.
    var range: Duration

    /// The selection of `panel`'s query when it is a histogram's bucket rates and the histogram is one of
    /// `histograms`; `nil` otherwise.
    init?(_ panel: Panel, histograms: Set<String>) {
        guard panel.queries.count == 1, case .raw(let promQL) = panel.queries[0].expression,
            case .success(let tree) = promQL.parsed, let usage = tree.selectorUsages.first,
            tree.selectorUsages.count == 1, let range = usage.range, let series = usage.selector.name,
            series.hasSuffix("_bucket"), histograms.contains(String(series.dropLast(7)))
        else { return nil }
        let matchers = usage.selector.matchers
        guard matchers.allSatisfy({ $0.label == "job" && $0.op == .equal }), matchers.count <= 1 else { return nil }
        metric = String(series.dropLast(7))
        job = matchers.first?.value
        self.range = range
        guard let expected = try? PromQLExpression(parsing: expectedQuery), expected == tree else { return nil }
    }

    /// The query Vigil's heatmap writes for the selection.
    var expectedQuery: String {
        let selector = job.map { "{job=\"\($0)\"}" } ?? ""
        return "sum by (le) (rate(\(metric)_bucket\(selector)[\(range)]))"
    }
}
