/// A function call, such as `rate(http_requests_total[5m])` or `histogram_quantile(0.95, x)`.
public struct PromQLCall: Hashable, Sendable, CustomStringConvertible {
    /// The function called.
    public var function: PromQLFunction
    /// The arguments in order.
    public var arguments: [PromQLExpression]

    /// Creates `function(arguments...)`.
    public init(_ function: PromQLFunction, _ arguments: [PromQLExpression]) {
        self.function = function
        self.arguments = arguments
    }

    /// The call in canonical PromQL.
    public var description: String {
        PromQLExpression.call(self).description
    }
}
