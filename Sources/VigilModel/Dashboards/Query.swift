/// One query of a panel: a PromQL expression built with the typed builder or written as text, and the
/// legend format of the series it returns.
///
/// A panel body lists its queries; a bare expression is a query with the panel's legend format:
/// ```swift
/// TimeSeries("Requests", unit: .requestsPerSecond) {
///     Query(sum(rate(requests, over: .minutes(5)), by: [.status]), legendFormat: "{{status}}")
///     PromQL("sum(rate(http_requests_total[$__rate_interval]))")
/// }
/// ```
public struct Query: Sendable {
    /// The PromQL: a typed tree, or text that may use Grafana variables (`$job`, `$__rate_interval`).
    public let expression: RuleExpression
    /// The series' names in the legend, e.g. `{{method}} {{status}}`; the panel's when `nil`.
    public let legendFormat: String?
    /// Whether to evaluate only at the end of the time range (tables, single values) instead of over it.
    public let instant: Bool
    /// Where the query was written.
    public let location: SourceLocation

    /// A query of `expression`, for derived dashboards and importers; specs write ``init(_:legendFormat:instant:)``
    /// or a typed expression.
    public init(expression: RuleExpression, legendFormat: String?, instant: Bool, location: SourceLocation) {
        self.expression = expression
        self.legendFormat = legendFormat
        self.instant = instant
        self.location = location
    }

    /// A query written as PromQL text.
    public init(_ promQL: PromQL, legendFormat: String? = nil, instant: Bool = false) {
        self.expression = .raw(promQL)
        self.legendFormat = legendFormat
        self.instant = instant
        self.location = promQL.location
    }
}
