import VigilCore

/// Rules on service level objectives: what makes an objective meaningless, a latency threshold unmeasurable,
/// or an alert tier unable to fire. Their rules and alerts are checked like any other (PromQL against the
/// declared metrics, templates, tests) by the rules of `Validation/`.
package enum SLORules {
    package static let all: [ValidationRule] = [
        ValidationRule("SLO names are valid and unique within their service", check: names),
        ValidationRule("SLO objectives lie strictly between 0% and 100%", check: objectives),
        ValidationRule("Prometheus keeps an SLO's window of data", check: retention),
        ValidationRule("latency SLO thresholds are buckets of their histogram", inContext: latencyThresholds),
        ValidationRule("SLO tiers are well formed, fit the window and can fire", check: tiers),
        ValidationRule("SLO indicators and guards are well formed", check: indicators),
        ValidationRule("SLOs get generated tests", check: untested),
    ]

    static func names(_ stack: ResolvedStack) -> [Diagnostic] {
        let invalid = stack.slos.compactMap { slo -> Diagnostic? in
            let allowed = slo.name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            guard slo.name.isEmpty || !allowed else { return nil }
            return .error(
                "slo-invalid-name", "SLO name '\(slo.name)' must be letters, digits, '-' and '_'", at: slo.location,
                hint: "it names the SLO's rules file and alerts, e.g. 'availability'")
        }
        let duplicates = DuplicateNames.errors(
            stack.slos, by: { "\($0.service)/\($0.name)" }, at: \.location, id: "duplicate-slo",
            hint: { DuplicateNames.hint(first: $0, "rename one") },
            message: { "service '\($0.service)' declares SLO '\($0.name)' twice" })
        return invalid + duplicates
    }

    /// An SLO whose window, and the longest alert window before it, reaches further back than Prometheus keeps
    /// samples: its period ratio and remaining budget quietly cover part of the window.
    static func retention(_ stack: ResolvedStack) -> [Diagnostic] {
        let retention = stack.prometheus.retention
        return stack.slos.compactMap { slo in
            let longest = slo.tiers.map(\.longWindow).max() ?? .seconds(0)
            let needed = Duration(milliseconds: slo.window.milliseconds + longest.milliseconds)
            guard needed > retention else { return nil }
            return .error(
                "slo-window-beyond-retention",
                "SLO '\(slo.name)' looks back \(slo.window) (and \(longest) more for its slowest alert), but "
                    + "Prometheus keeps \(retention) of samples: its period ratio and budget would cover part of the window",
                at: slo.location,
                hint:
                    "keep at least \(needed): Prometheus(retention: .days(\((needed.milliseconds + 86_399_999) / 86_400_000)))"
            )
        }
    }

    static func objectives(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.slos.compactMap { slo in
            if slo.isObjectiveAFraction {
                return .error(
                    "slo-objective-as-fraction",
                    "objective \(slo.objective) of SLO '\(slo.name)' is below 1%: almost every event may fail",
                    at: slo.location, hint: "did you mean \(percent(slo.objective.value))?")
            }
            guard slo.objective <= 0 || slo.objective >= 100 else { return nil }
            return .error(
                "slo-objective-out-of-range",
                "objective \(slo.objective) of SLO '\(slo.name)' must lie strictly between 0% and 100%",
                at: slo.location,
                hint: slo.objective >= 100
                    ? "100% leaves no error budget: no burn rate can be measured against it; write e.g. 99.9%"
                    : "the objective is the share of good events, e.g. 99.9%")
        }
    }

    /// A latency SLO's threshold that is no bucket bound of its histogram: the share of requests below it cannot
    /// be counted.
    static func latencyThresholds(_ context: StackRuleContext) -> [Diagnostic] {
        let catalogue = context.checker.catalogue
        return context.stack.slos.compactMap { slo in
            guard case .latency(let histogram, let threshold) = slo.indicator.kind, let name = histogram.name,
                let bound = slo.latencyBucket, let series = catalogue.lookup(name),
                let metric = catalogue.metric(of: series), metric.kind == .histogram,
                !metric.buckets.contains(bound)
            else { return nil }
            let below = metric.buckets.last { $0 < bound }
            let above = metric.buckets.first { $0 > bound }
            let nearest = [below, above].compactMap { $0.map(bucketText) }
            return .error(
                "slo-threshold-not-bucket",
                "latency threshold \(threshold) of SLO '\(slo.name)' is not a bucket of '\(name)'"
                    + (nearest.isEmpty ? "" : "; the nearest buckets are \(nearest.joined(separator: " and "))"),
                at: slo.indicator.location,
                hint: "a histogram counts requests per bucket only: use a bucket as the threshold, or add "
                    + "\(bucketText(bound)) to the buckets of '\(name)' (in the application too)")
        }
    }

    static func tiers(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.slos.flatMap { slo -> [Diagnostic] in
            var diagnostics: [Diagnostic] = []
            for tier in slo.tiers {
                let windows = "\(tier.longWindow) and \(tier.shortWindow)"
                if tier.shortWindow.milliseconds <= 0 || tier.shortWindow >= tier.longWindow
                    || tier.factor <= Fraction(0)
                {
                    diagnostics.append(
                        .error(
                            "slo-invalid-tier",
                            "\(tier.urgency) tier over \(windows) of SLO '\(slo.name)' needs a short window shorter "
                                + "than its long one and a positive burn rate", at: tier.location,
                            hint: "e.g. .page(factor: 14.4, long: .hours(1), short: .minutes(5))"))
                    continue
                }
                if tier.longWindow > slo.window {
                    diagnostics.append(
                        .error(
                            "slo-window-too-short",
                            "SLO '\(slo.name)' has a window of \(slo.window), shorter than its \(tier.urgency) tier's "
                                + "long window \(tier.longWindow)", at: tier.location,
                            hint: "lengthen the SLO's window or give it tiers with shorter windows"))
                }
                let threshold = tier.threshold(budget: slo.errorBudget)
                // An objective written as a fraction is reported as such, not as tiers that never fire.
                if threshold >= Fraction(1), !slo.isObjectiveAFraction {
                    diagnostics.append(
                        .error(
                            "slo-unreachable-tier",
                            "\(tier.urgency) tier of SLO '\(slo.name)' can never fire: \(tier.factor.readable)x "
                                + "the error budget of \(slo.errorBudget) is an error ratio of \(threshold), and a "
                                + "ratio never exceeds 1", at: tier.location,
                            hint: "use a factor below \((Fraction(1) / slo.errorBudget).readable), "
                                + "or a smaller budget share, or leave the tier out"))
                }
            }
            return diagnostics
        }
    }

    static func indicators(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.slos.flatMap { slo -> [Diagnostic] in
            var diagnostics: [Diagnostic] = []
            switch slo.indicator.kind {
            case .freshness(_, let duration) where duration.milliseconds <= 0,
                .latency(_, let duration) where duration.milliseconds <= 0:
                diagnostics.append(
                    .error(
                        "slo-invalid-sli",
                        "SLO '\(slo.name)' needs a positive maximum age or threshold, not \(duration)",
                        at: slo.indicator.location))
            default:
                break
            }
            if slo.noData.window.milliseconds <= 0 {
                diagnostics.append(
                    .error(
                        "slo-invalid-no-data-window",
                        "the no-data alert of SLO '\(slo.name)' needs a positive window, not \(slo.noData.window)",
                        at: slo.location, hint: "e.g. noData: .ticket(after: .minutes(30))"))
            }
            if let minimum = slo.minimumRate {
                if EventCounters(slo) == nil {
                    diagnostics.append(
                        .error(
                            "slo-guard-unsupported",
                            "SLO '\(slo.name)' has a low-traffic guard, but its indicator counts no events",
                            at: slo.location, hint: "a guard needs a Ratio or Latency indicator; remove minimumRate"))
                } else if !(minimum > 0) {
                    diagnostics.append(
                        .error(
                            "slo-guard-unsupported", "the low-traffic guard of SLO '\(slo.name)' must be positive",
                            at: slo.location, hint: "events per second, e.g. minimumRate: 0.5"))
                }
            }
            return diagnostics
        }
    }

    static func untested(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.slos.compactMap { slo in
            slo.untestedReason.map { reason in
                .warning(
                    "slo-untested", "Vigil generated no tests for SLO '\(slo.name)': \(reason)", at: slo.location,
                    hint: "add an AlertTest of '\(slo.alertName)' to the service")
            }
        }
    }

    /// A bucket bound as written in a spec: `0.25`, `2`.
    static func bucketText(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    /// `fraction` (0.9995) as the percentage it stands for, written with `%` (99.95%).
    static func percent(_ fraction: ExactDecimal) -> String {
        let hundredfold =
            fraction.decimals >= 2
            ? ExactDecimal(significand: fraction.significand, decimals: fraction.decimals - 2)
            : ExactDecimal(significand: fraction.significand * (fraction.decimals == 1 ? 10 : 100), decimals: 0)
        return "\(hundredfold)%"
    }
}
