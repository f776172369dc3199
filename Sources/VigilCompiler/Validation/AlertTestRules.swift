import VigilDSL

/// Rules on alert unit tests: they name existing alerts, read declared series written as plain selectors,
/// and their expectations can be rendered; and every alert has a test that fires it.
enum AlertTestRules {
    static let all: [ValidationRule] = [
        ValidationRule("alert tests name existing alerts and render their expectations", check: expectations),
        ValidationRule("alert test input series are declared selectors", check: inputSeries),
        ValidationRule("every alert has a test that fires it", check: untestedAlerts),
    ]

    static func expectations(_ stack: ResolvedStack) -> [Diagnostic] {
        let alerts = AlertsByName(stack)
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

    static func inputSeries(_ stack: ResolvedStack) -> [Diagnostic] {
        let catalogue = MetricCatalogue(stack: stack)
        return stack.alertTests.flatMap(\.series).compactMap { input in
            guard case .vectorSelector(let selector)? = try? PromQLExpression(parsing: input.series),
                let name = selector.name, selector.matchers.allSatisfy({ $0.op == .equal })
            else {
                return .error(
                    "invalid-test-series",
                    "input series '\(input.series)' must be a metric name with '=' matchers only",
                    at: input.location, hint: "e.g. http_requests_total{job=\"api\",status=\"500\"}")
            }
            guard catalogue.lookup(name) == nil else { return nil }
            return .error(
                "unknown-metric", "input series '\(name)' is not declared by any service or exporter of the stack",
                at: input.location, hint: Suggestion.hint(for: name, in: catalogue.names))
        }
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
