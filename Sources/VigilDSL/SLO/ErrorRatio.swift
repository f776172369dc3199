/// An SLI written as an error-ratio query for a window, when the other indicators do not fit. The query is
/// checked like any rule; Vigil cannot derive test input for it, so its alerts need an ``AlertTest``.
///
/// ```swift
/// ErrorRatio { window in
///     PromQL("sum(rate(jobs_failed_total[\(window)])) / sum(rate(jobs_processed_total[\(window)]))")
/// }
/// ```
public struct ErrorRatio: ServiceLevelIndicatorStatement {
    public let indicator: ServiceLevelIndicator

    /// The error ratio over a window: a typed query or a ``PromQL`` text.
    public init<V: VectorExpression>(
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        _ query: @escaping @Sendable (Duration) -> V
    ) {
        indicator = ServiceLevelIndicator(
            .errorRatio { window in
                let value = query(window)
                return (value as? PromQL).map(RuleExpression.raw) ?? .built(value.expression)
            }, grouping: [], location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
