import VigilCore

extension ExpressionChecker {
    /// The id of a matcher on `le` or `quantile` whose value is not in the float form Prometheus 3 stores.
    static let unnormalizedBoundMatcher = "unnormalized-bound-matcher"

    /// The labels whose values Prometheus 3 rewrites in float form when it ingests a classic histogram's
    /// buckets (`le`) or a summary's quantiles (`quantile`): `1` becomes `1.0`. (Two, compared in turn, which
    /// costs less than hashing each matcher's label.)
    static let boundLabels = ["le", "quantile"]

    /// A matcher such as `le="1"`, which matches no bucket on Prometheus 3 (it stores `le="1.0"`), or a regular
    /// expression listing such numbers (`le=~"1|2.5"`); `kind` is the kind of the series the selector names, if
    /// the catalogue has it.
    func checkBoundMatchers(
        of selector: PromQLVectorSelector, reading kind: MetricCatalogue.SeriesKind?,
        _ problems: inout [ExpressionProblem]
    ) {
        guard prometheus.compatibility >= .v30 else { return }
        // A counter or gauge that declares an `le` label of its own keeps its values as exported.
        if let kind, kind == .counter || kind == .gauge || kind == .nativeHistogram {
            return
        }
        for (matcher, corrected) in Self.unnormalizedBounds(in: selector) {
            problems.append(
                .error(
                    Self.unnormalizedBoundMatcher,
                    "\(matcher) matches nothing on Prometheus 3, which stores the '\(matcher.label)' label of "
                        + "classic histograms and summaries in float form (\(corrected))",
                    hint: "write \(corrected)"))
        }
    }

    /// Each matcher of `selector` on `le` or `quantile` whose numbers are not in float form, with the matcher
    /// Prometheus 3 would match (`le="1"` with `le="1.0"`).
    static func unnormalizedBounds(in selector: PromQLVectorSelector)
        -> [(matcher: PromQLLabelMatcher, corrected: PromQLLabelMatcher)]
    {
        selector.matchers.compactMap { matcher in
            guard boundLabels.contains(matcher.label), let normalized = normalizedBounds(matcher),
                normalized != matcher.value
            else { return nil }
            return (matcher, PromQLLabelMatcher(matcher.label, matcher.op, normalized))
        }
    }

    /// The matcher's value with every number in float form: the value of an equality, or each alternative of a
    /// regular expression that only lists numbers; `nil` when it is something else.
    static func normalizedBounds(_ matcher: PromQLLabelMatcher) -> String? {
        let alternatives =
            switch matcher.op {
            case .equal, .notEqual: [Substring(matcher.value)]
            case .matchesRegex, .doesNotMatchRegex:
                matcher.value.split(separator: "|", omittingEmptySubsequences: false)
            }
        var normalized: [String] = []
        for alternative in alternatives {
            guard let bound = Double(alternative) else { return nil }
            normalized.append(NormalizedFloat.label(bound))
        }
        return normalized.joined(separator: "|")
    }
}
