/// An instant vector selector: `http_requests_total{job="api", status=~"5.."} offset 5m`.
///
/// The metric name is the identifier written before the braces. A name written inside the braces
/// (`{__name__="x"}` or Prometheus 3's `{"x"}`) stays a matcher on `__name__`; ``metricName`` finds
/// either.
public struct PromQLVectorSelector: Hashable, Sendable, CustomStringConvertible {
    /// The metric name written before the braces, if any.
    public var name: String?
    /// The label matchers in the order they were written.
    public var matchers: [PromQLLabelMatcher]
    /// How far back to shift the evaluation time (`offset 5m`; negative looks ahead).
    public var offset: Duration?
    /// The fixed evaluation time (`@ 1609746000`, `@ start()`).
    public var at: PromQLAtModifier?

    /// Creates a selector; a metric name, a matcher list, or both.
    public init(
        name: String? = nil, matchers: [PromQLLabelMatcher] = [], offset: Duration? = nil, at: PromQLAtModifier? = nil
    ) {
        self.name = name
        self.matchers = matchers
        self.offset = offset
        self.at = at
    }

    /// The metric this selector reads: the name before the braces, or else the value of a single
    /// `__name__="..."` matcher; `nil` when the name is a regular expression or absent.
    public var metricName: String? {
        if let name { return name }
        let nameMatchers = matchers.filter { $0.label == PromQLLabelMatcher.metricNameLabel }
        guard nameMatchers.count == 1, nameMatchers[0].op == .equal else { return nil }
        return nameMatchers[0].value
    }

    /// The selector in canonical PromQL.
    public var description: String {
        PromQLExpression.vectorSelector(self).description
    }
}
