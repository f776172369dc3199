/// Difference between the first and last value of a gauge over `range`: `delta(gauge[range])`.
public func delta<S: SeriesSelection>(_ gauge: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == GaugeType {
    rangeFunction("delta", gauge, range)
}

/// Per-second derivative of a gauge by linear regression over `range`: `deriv(gauge[range])`.
public func deriv<S: SeriesSelection>(_ gauge: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == GaugeType {
    rangeFunction("deriv", gauge, range)
}

/// How many times a gauge changed value within `range`: `changes(gauge[range])`.
public func changes<S: SeriesSelection>(_ gauge: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == GaugeType {
    rangeFunction("changes", gauge, range)
}

/// The gauge's value `ahead` from now, extrapolated linearly from `range`:
/// `predict_linear(gauge[range], seconds)`.
public func predictLinear<S: SeriesSelection>(_ gauge: S, over range: Duration, ahead: Duration)
    -> InstantVector<S.Labels>
where S.Kind == GaugeType {
    InstantVector(
        .call(PromQLCall(.catalogued("predict_linear"), [gauge.range(range), .number(ahead.seconds)])))
}

@available(*, unavailable, message: "delta() is for gauges; for a counter use increase(), which handles resets")
public func delta<S: SeriesSelection>(_ counter: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == CounterType { fatalError("unavailable") }

@available(*, unavailable, message: "deriv() is for gauges; for a counter's per-second rate use rate()")
public func deriv<S: SeriesSelection>(_ counter: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == CounterType { fatalError("unavailable") }

/// The `*_over_time` aggregations of a gauge's samples within a range.
public enum OverTime: String, Sendable, CaseIterable {
    case avg, min, max, sum, count, last, stddev, stdvar, present

    var functionName: String { rawValue + "_over_time" }
}

/// An aggregation of each series' samples within `range`: `avg_over_time(gauge[range])` and the like.
public func overTime<S: SeriesSelection>(_ aggregation: OverTime, _ gauge: S, over range: Duration)
    -> InstantVector<S.Labels>
where S.Kind == GaugeType {
    rangeFunction(aggregation.functionName, gauge, range)
}

/// The same aggregation over a query evaluated every `step` within `range` (a subquery):
/// `max_over_time(query[range:step])`.
public func overTime<V: VectorExpression>(
    _ aggregation: OverTime, _ query: V, over range: Duration, step: Duration? = nil
) -> InstantVector<V.Labels> {
    let subquery = PromQLExpression.subquery(PromQLSubquery(query.expression, range: range, step: step))
    return InstantVector(.call(PromQLCall(.catalogued(aggregation.functionName), [subquery])))
}

/// The `quantile` (0 to 1) of each gauge series' samples within `range`:
/// `quantile_over_time(q, gauge[range])`.
public func quantileOverTime<S: SeriesSelection>(_ quantile: Double, _ gauge: S, over range: Duration)
    -> InstantVector<S.Labels>
where S.Kind == GaugeType {
    InstantVector(.call(PromQLCall(.catalogued("quantile_over_time"), [.number(quantile), gauge.range(range)])))
}
