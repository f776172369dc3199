/// A vector selector found in an expression, with how it is read: the window over it and the function
/// applied directly to it. A validator checks these against the declared metrics ("`rate()` on a gauge").
public struct PromQLSelectorUsage: Hashable, Sendable {
    /// The selector: metric name, matchers and modifiers.
    public var selector: PromQLVectorSelector
    /// The window, when the selector is read as a range: `5m` in `x[5m]` and in the subquery `x[5m:1m]`.
    public var range: Duration?
    /// The function whose argument is the selector, its range (`rate(x[5m])`), or a subquery directly
    /// over it (`rate(x[5m:1m])`); `nil` elsewhere.
    public var function: PromQLFunction?

    /// Creates a usage.
    public init(selector: PromQLVectorSelector, range: Duration? = nil, function: PromQLFunction? = nil) {
        self.selector = selector
        self.range = range
        self.function = function
    }
}
