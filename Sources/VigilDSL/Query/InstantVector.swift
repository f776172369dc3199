/// A query that evaluates to an instant vector, typed by the labels its series may carry.
public struct InstantVector<Labels: LabelKey>: VectorExpression {
    public let expression: PromQLExpression

    /// Wraps a syntax tree that evaluates to an instant vector.
    public init(_ expression: PromQLExpression) {
        self.expression = expression
    }
}

/// A query that evaluates to a scalar: a number, `time()`, `scalar(v)`.
public struct ScalarExpression: Sendable {
    /// The PromQL syntax tree.
    public let expression: PromQLExpression

    /// Wraps a syntax tree that evaluates to a scalar.
    public init(_ expression: PromQLExpression) {
        self.expression = expression
    }
}
