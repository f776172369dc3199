import VigilCore

/// Finds label values that satisfy (or violate) selector matchers, so that generated tests can feed series an
/// SLO's selectors select: `status=~"5.."` gets `500`, `status!~"5.."` gets `200`.
package enum LabelValueSolver {
    /// The value of grouping labels no matcher constrains.
    static let groupValue = "slo-test"
    /// Values tried after the ones the matchers suggest: a good status first, for the good events of a ratio.
    package static let fallbackValues = ["200", "2xx", "ok", "0", "a", "GET", "/", groupValue]

    /// Values for every label `matchers` constrain (besides the metric name) and for `grouping`, satisfying all
    /// matchers and keeping the values in `fixed`; `nil` when some label has no satisfying value. A label with
    /// values in `declared` takes one of those.
    package static func labels(
        satisfying matchers: [PromQLLabelMatcher], grouping: [String] = [], fixed: [String: String] = [:],
        declared: [String: [String]] = [:]
    ) -> [String: String]? {
        var labels = fixed
        let names = Set(matchers.map(\.label) + grouping).subtracting([PromQLLabelMatcher.metricNameLabel])
        for name in names.sorted() {
            let own = matchers.filter { $0.label == name }
            if let value = labels[name] {
                guard own.allSatisfy({ matches($0, value) == true }) else { return nil }
                continue
            }
            let unconstrained = declared[name]?.first ?? groupValue
            guard let value = own.isEmpty ? unconstrained : value(satisfying: own, declared: declared[name]) else {
                return nil
            }
            labels[name] = value
        }
        return labels
    }

    /// A value satisfying every matcher (all on one label), preferring those the matchers suggest; one of
    /// `declared` when the label declares its values.
    package static func value(
        satisfying matchers: [PromQLLabelMatcher], violating others: [PromQLLabelMatcher] = [],
        declared: [String]? = nil
    ) -> String? {
        let suggested = (matchers + others).flatMap { matcher -> [String] in
            switch matcher.op {
            case .equal, .notEqual: [matcher.value]
            case .matchesRegex, .doesNotMatchRegex: RegexExample.examples(of: matcher.value)
            }
        }
        let candidates =
            declared.map { values in suggested.filter(values.contains) + values } ?? suggested + fallbackValues
        return candidates.first { candidate in
            matchers.allSatisfy { matches($0, candidate) == true }
                && (others.isEmpty || others.contains { matches($0, candidate) == false })
        }
    }

    /// Whether `value` satisfies the matcher; `nil` when its regular expression does not compile.
    package static func matches(_ matcher: PromQLLabelMatcher, _ value: String) -> Bool? {
        switch matcher.op {
        case .equal: return value == matcher.value
        case .notEqual: return value != matcher.value
        case .matchesRegex, .doesNotMatchRegex:
            guard let regex = try? Regex("^(?:" + matcher.value + ")$") else { return nil }
            let found = (try? regex.wholeMatch(in: value)) != nil
            return matcher.op == .matchesRegex ? found : !found
        }
    }
}
