/// A PromQL expression written as text, for what the typed builder does not cover. It is parsed by Vigil's
/// own PromQL parser when the specs are checked, and gets the same checks as built queries: metrics must be
/// declared, labels must exist, functions must suit the metric's kind.
///
/// ```swift
/// Alert("HighErrorRate", severity: .critical, for: .minutes(5)) {
///     PromQL(#"sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05"#)
/// }
/// ```
public struct PromQL: Sendable, VectorExpression {
    public typealias Labels = NoLabels

    /// The text as written.
    public let text: String
    /// The parsed tree, or the syntax error the compiler reports at ``location``.
    public let parsed: Result<PromQLExpression, PromQLSyntaxError>
    /// Where the string was written.
    public let location: SourceLocation

    /// A PromQL expression.
    public init(
        _ text: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.text = text
        self.parsed = Result { () throws(PromQLSyntaxError) in try PromQLExpression(parsing: text) }
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// The parsed tree. When the text does not parse, the tree is a string literal naming the error, which
    /// no query accepts: the compiler reports it (from ``parsed`` for a whole expression, as an ill-typed
    /// query for a fragment inside a built one) and emits nothing.
    public var expression: PromQLExpression {
        (try? parsed.get()) ?? .string("PromQL syntax error in: \(text)")
    }
}
