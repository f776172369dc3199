/// A subquery: an instant vector expression evaluated over a window, `rate(x[5m])[1h:1m]`.
public struct PromQLSubquery: Hashable, Sendable, CustomStringConvertible {
    /// The instant vector expression to evaluate at each step.
    public var expression: PromQLExpression
    /// The window, ending at the evaluation time.
    public var range: Duration
    /// The resolution; `nil` uses the global evaluation interval (`[1h:]`).
    public var step: Duration?
    /// How far back to shift the evaluation time.
    public var offset: Duration?
    /// The fixed evaluation time.
    public var at: PromQLAtModifier?

    /// Creates `expression[range:step]`.
    public init(
        _ expression: PromQLExpression, range: Duration, step: Duration? = nil, offset: Duration? = nil,
        at: PromQLAtModifier? = nil
    ) {
        self.expression = expression
        self.range = range
        self.step = step
        self.offset = offset
        self.at = at
    }

    /// The subquery in canonical PromQL.
    public var description: String {
        PromQLExpression.subquery(self).description
    }
}
