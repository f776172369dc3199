/// A range vector selector: a vector selector and a window, `http_requests_total{job="api"}[5m]`.
///
/// Its `offset` and `@` modifiers live on ``selector`` and are written after the window
/// (`x[5m] offset 1h`).
public struct PromQLMatrixSelector: Hashable, Sendable, CustomStringConvertible {
    /// The series to read, with their offset and `@` modifier.
    public var selector: PromQLVectorSelector
    /// The window of samples to read, ending at the evaluation time.
    public var range: Duration

    /// Creates `selector[range]`.
    public init(_ selector: PromQLVectorSelector, range: Duration) {
        self.selector = selector
        self.range = range
    }

    /// The selector in canonical PromQL.
    public var description: String {
        PromQLExpression.matrixSelector(self).description
    }
}
