extension Metric where Kind == HistogramType {
    /// The histogram's observation counter, `name_count`: `rate(latency.count, over: .minutes(5))` is the
    /// event rate.
    public var count: Selection<CounterType, Labels> {
        Selection(selector: PromQLVectorSelector(name: name + "_count"))
    }

    /// The histogram's sum of observations, `name_sum`.
    public var sum: Selection<CounterType, Labels> { Selection(selector: PromQLVectorSelector(name: name + "_sum")) }
}

extension Metric where Kind == SummaryType {
    /// The summary's observation counter, `name_count`.
    public var count: Selection<CounterType, Labels> {
        Selection(selector: PromQLVectorSelector(name: name + "_count"))
    }

    /// The summary's sum of observations, `name_sum`.
    public var sum: Selection<CounterType, Labels> { Selection(selector: PromQLVectorSelector(name: name + "_sum")) }
}

/// The φ-quantile (0 to 1) of a histogram's observations during the last `range`, keeping the labels in
/// `by` (and the target labels in `plus`): `histogram_quantile(φ, sum by (le, ...) (rate(name_bucket[range])))`. The `_bucket` series and the
/// `le` grouping are generated, so neither can be forgotten.
public func histogramQuantile<S: SeriesSelection>(
    _ quantile: Double, _ histogram: S, over range: Duration, by labels: [S.Labels] = [],
    plus target: [TargetLabel] = []
) -> InstantVector<S.Labels> where S.Kind == HistogramType {
    InstantVector(
        .call(
            PromQLCall(
                .catalogued("histogram_quantile"), [.number(quantile), bucketRates(histogram, range, labels, target)])))
}

/// The fraction of a histogram's observations between `lower` and `upper` during the last `range`:
/// `histogram_fraction(lower, upper, sum by (le, ...) (rate(name_bucket[range])))`. Use `-.infinity` for
/// "everything up to `upper`".
public func histogramFraction<S: SeriesSelection>(
    _ lower: Double, _ upper: Double, _ histogram: S, over range: Duration, by labels: [S.Labels] = [],
    plus target: [TargetLabel] = []
) -> InstantVector<S.Labels> where S.Kind == HistogramType {
    InstantVector(
        .call(
            PromQLCall(
                .catalogued("histogram_fraction"),
                [.number(lower), .number(upper), bucketRates(histogram, range, labels, target)])))
}

@available(*, unavailable, message: "histogramQuantile() needs a histogram; a summary already exports quantiles")
public func histogramQuantile<S: SeriesSelection>(
    _ quantile: Double, _ summary: S, over range: Duration, by labels: [S.Labels] = []
) -> InstantVector<S.Labels> where S.Kind == SummaryType { fatalError("unavailable") }

/// `sum by (le, labels...) (rate(name_bucket{matchers}[range]))`.
func bucketRates<S: SeriesSelection>(
    _ histogram: S, _ range: Duration, _ labels: [S.Labels], _ target: [TargetLabel]
) -> PromQLExpression {
    var buckets = histogram.selector
    buckets.name = (buckets.name ?? "") + "_bucket"
    let rates = PromQLExpression.call(
        PromQLCall(.catalogued("rate"), [.matrixSelector(PromQLMatrixSelector(buckets, range: range))]))
    return .aggregation(
        PromQLAggregation(.sum, rates, grouping: .by(["le"] + labels.map { $0.rawValue } + target.map { $0.rawValue })))
}
