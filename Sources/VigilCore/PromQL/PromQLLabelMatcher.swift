/// One label condition of a vector selector, such as `job="api"` or `status=~"5.."`.
public struct PromQLLabelMatcher: Hashable, Sendable, CustomStringConvertible {
    /// How a matcher compares the label value.
    public enum Operator: String, Hashable, Sendable, CaseIterable {
        /// `=`: the value equals the string.
        case equal = "="
        /// `!=`: the value differs from the string.
        case notEqual = "!="
        /// `=~`: the value matches the fully anchored RE2 regular expression.
        case matchesRegex = "=~"
        /// `!~`: the value does not match the fully anchored RE2 regular expression.
        case doesNotMatchRegex = "!~"
    }

    /// The label name; any UTF-8 text (Prometheus 3 quotes names that are not identifiers: `"a.b"="c"`).
    public var label: String
    /// The comparison.
    public var op: Operator
    /// The string or regular expression compared with the label value.
    public var value: String

    /// Creates the matcher `label op "value"`.
    public init(_ label: String, _ op: Operator, _ value: String) {
        self.label = label
        self.op = op
        self.value = value
    }

    /// The label that holds the metric name.
    public static let metricNameLabel = "__name__"

    /// The matcher in canonical PromQL (`job="api"`).
    public var description: String {
        var printer = PromQLPrinter()
        printer.write(self)
        return printer.output
    }

    /// Whether a series without this label (an empty value) satisfies the matcher. A selector without a
    /// metric name needs at least one matcher for which this is `false`. A regular expression that Swift
    /// cannot compile counts as not matching the empty value.
    var matchesEmptyValue: Bool {
        switch op {
        case .equal: value.isEmpty
        case .notEqual: !value.isEmpty
        case .matchesRegex: Self.regexMatchesEmptyString(value)
        case .doesNotMatchRegex: !Self.regexMatchesEmptyString(value)
        }
    }

    private static func regexMatchesEmptyString(_ pattern: String) -> Bool {
        guard let regex = try? Regex("^(?:" + pattern + ")$") else { return false }
        return (try? regex.wholeMatch(in: "")) != nil
    }
}
