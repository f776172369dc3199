import VigilCore

extension ExpressionChecker {
    /// The id of a function that the targeted Prometheus no longer has.
    static let removedFunction = "removed-promql-function"
    /// The id of a function or operator that needs a feature flag the stack does not enable.
    static let requiresFeatureFlag = "requires-feature-flag"

    /// A function or aggregation operator (`name`, as written in a message, only built when there is a
    /// problem) that the targeted Prometheus removed, does not have yet, or runs only with a feature flag the
    /// stack does not enable.
    func checkAvailability(
        of name: @autoclosure () -> String, _ availability: PromQLAvailability, _ problems: inout [ExpressionProblem]
    ) {
        let target = prometheus.compatibility
        if let removal = availability.removal, target >= removal.version {
            let flag = PromQLFunction.named(removal.replacement)?.availability.feature
            problems.append(
                .error(
                    Self.removedFunction,
                    "\(name()) was removed in Prometheus \(removal.version); the stack targets \(target)",
                    hint: "call \(removal.replacement)() instead"
                        + (flag.map { ", which needs " + Self.enablingHint($0) } ?? "")))
        } else if let since = availability.since, since > target {
            problems.append(
                .error(
                    PrometheusCompatibilityRules.requiresNewerPrometheus,
                    "\(name()) needs Prometheus \(since); the stack targets \(target)",
                    hint: PrometheusCompatibilityRules.upgradeHint(to: since)))
        } else if let feature = availability.feature, !prometheus.enables(feature) {
            let consequence =
                switch feature {
                case .promqlExperimentalFunctions: "is experimental: Prometheus rejects the query unless it is started"
                case .nativeHistograms: "reads native histograms, which Prometheus only ingests when started"
                }
            problems.append(
                .error(
                    Self.requiresFeatureFlag, "\(name()) \(consequence) with --enable-feature=\(feature.rawValue)",
                    hint: Self.enablingHint(feature)))
        }
    }

    /// How a stack enables `feature`.
    static func enablingHint(_ feature: PrometheusFeature) -> String {
        "`features: [\(feature.swiftSpelling)]` on the stack's Prometheus (--enable-feature=\(feature.rawValue))"
    }
}
