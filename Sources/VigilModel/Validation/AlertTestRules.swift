import VigilCore

/// Rules on alert unit tests: they name existing alerts, read declared series written as plain selectors,
/// and their expectations can be rendered; and every alert has a test that fires it.
package enum AlertTestRules {
    package static let all: [ValidationRule] = [
        ValidationRule("alert tests name existing alerts and render their expectations", inContext: expectations),
        ValidationRule("alert test input series are declared selectors", inContext: inputSeries),
        ValidationRule("every alert has a test that fires it", check: untestedAlerts),
        ValidationRule("alert test input is sampled finely enough for the alert's ranges", inContext: coarseInput),
    ]

    /// The functions that need two samples in their range to return anything.
    static let differencing: Set<String> = [
        "rate", "irate", "increase", "delta", "idelta", "deriv", "predict_linear",
    ]

    /// An expectation naming an alert no rule defines, or one whose labels or annotations cannot be rendered.
    static func expectations(_ context: StackRuleContext) -> [Diagnostic] {
        let (stack, alerts) = (context.stack, context.alerts)
        return stack.alertTests.flatMap { test in
            test.expectations.flatMap { expectation -> [Diagnostic] in
                guard let alert = alerts.alert(named: expectation.alertName, for: test) else {
                    return [
                        .error(
                            "unknown-alert-in-test",
                            "test '\(test.name)' expects alert '\(expectation.alertName)', which no rule defines",
                            at: expectation.location,
                            hint: Suggestion.hint(for: expectation.alertName, in: stack.alerts.map(\.name)))
                    ]
                }
                return expectation.firing.compactMap { firing in
                    let alert =
                        alerts.alert(named: expectation.alertName, for: test, labels: firing.labels) ?? alert
                    guard case .failure(let error) = ExpectedAlert.render(firing, of: alert) else { return nil }
                    return .error(
                        "unrenderable-expectation", "cannot render what alert '\(alert.name)' shows: \(error.message)",
                        at: expectation.location)
                }
            }
        }
    }

    /// Input series written as a declared metric's name with `=` matchers only, on labels and values the metric
    /// has, and in the form Prometheus 3 stores a bucket's or quantile's bound.
    static func inputSeries(_ context: StackRuleContext) -> [Diagnostic] {
        let inputs = context.stack.alertTests.flatMap(\.series)
        // Tests share their inputs (an SLO's, one per window): each series is checked once.
        let problems = Dictionary(
            uniqueKeysWithValues: inputs.map(\.series).uniqued.compactMap { series in
                problem(of: series, in: context).map { (series, $0) }
            })
        return inputs.compactMap { input in problems[input.series]?.diagnostic(at: input.location) }
    }

    /// The problem of the input series `series`, if it has one.
    static func problem(of series: String, in context: StackRuleContext) -> ExpressionProblem? {
        let catalogue = context.checker.catalogue
        guard case .vectorSelector(let selector)? = try? PromQLExpression(parsing: series),
            let name = selector.name, selector.matchers.allSatisfy({ $0.op == .equal })
        else {
            return .error(
                "invalid-test-series", "input series '\(series)' must be a metric name with '=' matchers only",
                hint: "e.g. http_requests_total{job=\"api\",status=\"500\"}")
        }
        // The same words as a query's: an SLO's generated test input and its rules, both at the SLO, are then one
        // diagnostic.
        guard let entry = catalogue.lookup(name) else { return catalogue.undeclared(name) }
        if let metric = catalogue.metric(of: entry),
            let problem = selector.matchers.lazy.compactMap({ ExpressionChecker.undeclaredValue($0, of: metric) }).first
        {
            return problem
        }
        guard entry.kind == .histogramBuckets || entry.kind == .summaryQuantiles,
            context.stack.prometheus.compatibility >= .v30
        else { return nil }
        return unnormalizedBound(in: selector, series: series)
    }

    /// An input series of a classic histogram's buckets or a summary's quantiles with `le` or `quantile` not in the
    /// float form Prometheus 3 stores them in: the test would prove the rules on series production never has.
    static func unnormalizedBound(in selector: PromQLVectorSelector, series: String) -> ExpressionProblem? {
        guard let (matcher, corrected) = ExpressionChecker.unnormalizedBounds(in: selector).first else { return nil }
        return .error(
            ExpressionChecker.unnormalizedBoundMatcher,
            "input series '\(series)' has \(matcher), which Prometheus 3 stores as \(corrected): the test "
                + "would feed the rules a series production never has",
            hint: "write \(corrected)")
    }

    /// A test whose input interval is more than half of a range that an alert it expects differences over:
    /// Prometheus 3's ranges are left-open, `(t - range, t]`, so such a range can hold a single sample, `rate`
    /// returns nothing there, and a test expecting silence passes for the wrong reason.
    static func coarseInput(_ context: StackRuleContext) -> [Diagnostic] {
        let alerts = context.alerts
        return context.stack.alertTests.flatMap { test in
            var named: Set<String> = []
            return test.expectations.filter { named.insert($0.alertName).inserted }.compactMap {
                expectation -> Diagnostic? in
                guard let alert = alerts.alert(named: expectation.alertName, for: test),
                    let range = shortestDifferencedRange(in: alert.expression?.tree),
                    test.interval.milliseconds * 2 > range.milliseconds
                else { return nil }
                let finest = Duration(milliseconds: range.milliseconds / 2)
                return .error(
                    "coarse-test-input",
                    "test '\(test.name)' samples its input every \(test.interval), but alert '\(alert.name)' takes the "
                        + "difference over \(range): Prometheus 3's left-open range holds one sample of that, and the "
                        + "function returns nothing",
                    at: test.location, hint: "give the AlertTest an interval of at most \(finest)")
            }
        }
    }

    /// The shortest range a differencing function of `tree` reads, or `nil` when it has none.
    static func shortestDifferencedRange(in tree: PromQLExpression?) -> Duration? {
        var shortest: Duration?
        tree?.visit { node in
            guard case .call(let call) = node, differencing.contains(call.function.name) else { return }
            for case .matrixSelector(let matrix) in call.arguments
            where shortest.map({ matrix.range.milliseconds < $0.milliseconds }) ?? true {
                shortest = matrix.range
            }
        }
        return shortest
    }

    static func untestedAlerts(_ stack: ResolvedStack) -> [Diagnostic] {
        let fired = Set(stack.alertTests.flatMap { $0.expectations.filter { !$0.firing.isEmpty }.map(\.alertName) })
        return stack.alerts.filter { !fired.contains($0.name) }.map {
            .warning(
                "untested-alert", "alert '\($0.name)' has no test that fires it", at: $0.location,
                hint: "add an AlertTest to its service: one input that fires it and one moment it stays quiet")
        }
    }
}
