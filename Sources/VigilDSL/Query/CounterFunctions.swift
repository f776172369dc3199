/// Per-second average rate of increase of a counter over `range`: `rate(counter[range])`.
public func rate<S: SeriesSelection>(_ counter: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == CounterType {
    rangeFunction("rate", counter, range)
}

/// Per-second rate from the last two samples within `range`: `irate(counter[range])`. For fast-moving graphs.
public func irate<S: SeriesSelection>(_ counter: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == CounterType {
    rangeFunction("irate", counter, range)
}

/// Increase of a counter over `range`, extrapolated to the range's edges: `increase(counter[range])`.
public func increase<S: SeriesSelection>(_ counter: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == CounterType {
    rangeFunction("increase", counter, range)
}

/// How many times a counter reset (a process restarted) within `range`: `resets(counter[range])`.
public func resets<S: SeriesSelection>(_ counter: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == CounterType {
    rangeFunction("resets", counter, range)
}

@available(
    *, unavailable, message: "rate() needs a counter, and this is a gauge: use deriv() for its per-second change"
)
public func rate<S: SeriesSelection>(_ gauge: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == GaugeType { fatalError("unavailable") }

@available(*, unavailable, message: "irate() needs a counter, and this is a gauge: use deriv() or delta()")
public func irate<S: SeriesSelection>(_ gauge: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == GaugeType { fatalError("unavailable") }

@available(*, unavailable, message: "increase() needs a counter, and this is a gauge: use delta() for its change")
public func increase<S: SeriesSelection>(_ gauge: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == GaugeType { fatalError("unavailable") }

@available(
    *, unavailable,
    message: "rate() of a histogram: use histogramQuantile(_:_:over:), or rate(h.count, over:) for the event rate"
)
public func rate<S: SeriesSelection>(_ histogram: S, over range: Duration) -> InstantVector<S.Labels>
where S.Kind == HistogramType { fatalError("unavailable") }

/// `name(selection[range])`.
func rangeFunction<S: SeriesSelection, Labels>(_ name: String, _ selection: S, _ range: Duration)
    -> InstantVector<Labels>
{
    InstantVector(.call(PromQLCall(.catalogued(name), [selection.range(range)])))
}

extension PromQLFunction {
    /// A function of the catalogue, by a name the builder knows to exist.
    static func catalogued(_ name: String) -> PromQLFunction {
        guard let function = named(name) else { preconditionFailure("\(name) is not in the PromQL catalogue") }
        return function
    }
}
