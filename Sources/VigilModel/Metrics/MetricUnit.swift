/// The unit a metric's values are in. Prometheus recommends base units (seconds, bytes); others are
/// allowed, since applications export what they export, and get a warning.
public enum MetricUnit: Hashable, Sendable {
    case seconds, bytes, ratio, percent, celsius, volts, amperes, joules, grams, meters
    /// Milliseconds: not a base unit, but what many applications time requests in (`request_duration_ms`).
    case milliseconds
    /// Requests, events or other countable things: no physical unit.
    case count
    /// Any other unit, by the suffix the metric name carries (e.g. `milliseconds`).
    case other(String)

    /// The name suffix conventionally carried by metrics in this unit (`seconds`, `bytes`), if any.
    public var suffix: String? {
        switch self {
        case .seconds: "seconds"
        case .milliseconds: "ms"
        case .bytes: "bytes"
        case .ratio: "ratio"
        case .percent: "percent"
        case .celsius: "celsius"
        case .volts: "volts"
        case .amperes: "amperes"
        case .joules: "joules"
        case .grams: "grams"
        case .meters: "meters"
        case .count: nil
        case .other(let suffix): suffix
        }
    }

    /// `duration` as a number in this unit, for metrics that measure time (`0.5` seconds, `500`
    /// milliseconds); `nil` for units of anything else.
    public func value(of duration: Duration) -> Double? {
        switch self {
        case .seconds: duration.seconds
        case .milliseconds: Double(duration.milliseconds)
        default: nil
        }
    }
}
