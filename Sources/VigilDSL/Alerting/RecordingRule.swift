/// A recording rule: Prometheus evaluates the query every evaluation interval and stores the result as a
/// new series, named `level:metric:operations` (e.g. `job:http_requests:rate5m`).
///
/// ```swift
/// Record("job:http_requests:rate5m") { sum(rate(requests, over: .minutes(5)), plus: [.job]) }
/// ```
public struct Record: Sendable {
    /// The name of the recorded series.
    public let name: String
    /// Labels added to the recorded series.
    public let labels: [String: String]
    /// The query.
    public let query: RuleExpression
    /// Where the rule was declared.
    public let location: SourceLocation

    /// A recording rule of a typed query.
    public init<V: VectorExpression>(
        _ name: String, labels: [String: String] = [:],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        query: () -> V
    ) {
        let value = query()
        self.name = name
        self.labels = labels
        self.query = (value as? PromQL).map(RuleExpression.raw) ?? .built(value.expression)
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
