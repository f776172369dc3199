import VigilCore

extension ExpressionChecker {
    /// The id of a matcher on a label whose values are declared that names none of them.
    static let unknownLabelValue = "unknown-label-value"

    /// A matcher that can match none of the declared values of its label (``LabelKey/values``) in `metric`, the
    /// declaration of the series the selector names: `=` or `!=` with another value, `=~` or `!~` with an
    /// expression that matches none of them. Almost always a typo.
    func checkLabelValues(
        of selector: PromQLVectorSelector, declaredBy metric: MetricDeclaration, _ problems: inout [ExpressionProblem]
    ) {
        for matcher in selector.matchers {
            guard let problem = Self.undeclaredValue(matcher, of: metric) else { continue }
            problems.append(problem)
        }
    }

    /// The problem with `matcher` when its label's values are declared and it can match none of them.
    static func undeclaredValue(_ matcher: PromQLLabelMatcher, of metric: MetricDeclaration) -> ExpressionProblem? {
        guard let values = metric.labelValues[matcher.label], !values.isEmpty else { return nil }
        let declared = values.map { "'\($0)'" }.joined(separator: ", ")
        switch matcher.op {
        case .equal, .notEqual:
            guard !values.contains(matcher.value) else { return nil }
            return .error(
                unknownLabelValue,
                "\(matcher) names a value '\(matcher.label)' of \(metric.name) never has: it has \(declared)",
                hint: Suggestion.hint(for: matcher.value, in: values) ?? "use one of \(declared)")
        case .matchesRegex, .doesNotMatchRegex:
            // Prometheus anchors the expression, as a whole match does; one Swift cannot read is left alone.
            guard let regex = try? Regex(matcher.value),
                !values.contains(where: { $0.wholeMatch(of: regex) != nil })
            else { return nil }
            return .error(
                unknownLabelValue,
                "\(matcher) matches no value '\(matcher.label)' of \(metric.name) has: it has \(declared)",
                hint: "match one of \(declared)")
        }
    }
}
