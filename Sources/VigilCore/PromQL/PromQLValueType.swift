/// The type of value a PromQL expression evaluates to.
public enum PromQLValueType: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// A single number, such as `1` or `time()`.
    case scalar
    /// One sample per series at the evaluation time, such as `http_requests_total` or `rate(x[5m])`.
    case instantVector
    /// A window of samples per series, such as `http_requests_total[5m]` or a subquery.
    case rangeVector
    /// A string literal, such as the label arguments of `label_replace`.
    case string

    /// The name Prometheus uses in its documentation and error messages (`instant vector`).
    public var description: String {
        switch self {
        case .scalar: "scalar"
        case .instantVector: "instant vector"
        case .rangeVector: "range vector"
        case .string: "string"
        }
    }
}
