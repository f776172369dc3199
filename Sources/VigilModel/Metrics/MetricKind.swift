/// The four metric types of the Prometheus exposition format.
public enum MetricKind: String, Hashable, Sendable, CaseIterable {
    /// Only goes up (and resets to zero on restart): query it with `rate`, `increase`.
    case counter
    /// Goes up and down: query its value, or `*_over_time`, `deriv`, `delta`.
    case gauge
    /// Observations counted into buckets (`_bucket`, `_sum`, `_count` series): `histogram_quantile`.
    case histogram
    /// Observations with client-side quantiles (a `quantile` label, plus `_sum` and `_count`).
    case summary
}

/// A phantom type naming a metric's kind at compile time, so that functions accept only the kinds
/// PromQL allows (`rate` takes a counter, `histogram_quantile` a histogram).
public protocol MetricType: Sendable {
    /// The kind this type stands for.
    static var kind: MetricKind { get }
}

/// The phantom type of a kind declared by its name and help alone, one series per label set: counters and gauges
/// (histograms need their buckets, summaries their quantiles).
public protocol PlainMetricType: MetricType {}

/// The phantom type of counters.
public enum CounterType: PlainMetricType {
    public static var kind: MetricKind { .counter }
}

/// The phantom type of gauges.
public enum GaugeType: PlainMetricType {
    public static var kind: MetricKind { .gauge }
}

/// The phantom type of histograms.
public enum HistogramType: MetricType {
    public static var kind: MetricKind { .histogram }
}

/// The phantom type of summaries.
public enum SummaryType: MetricType {
    public static var kind: MetricKind { .summary }
}
