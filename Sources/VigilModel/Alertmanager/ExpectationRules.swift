import VigilCore

/// Rules that run the routing tree: written expectations hold, and every alert reaches someone.
enum ExpectationRules {
    static let all: [ValidationRule] = [
        ValidationRule("routing expectations hold", check: failedExpectations),
        ValidationRule("alerts reach a receiver that notifies", check: alertsRoutedToNull),
    ]

    static func failedExpectations(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        return alertmanager.expectations.compactMap { expectation in
            let actual = alertmanager.root.receivers(for: expectation.labelValues)
            guard actual != expectation.receivers else { return nil }
            return .error(
                "failed-routing-expectation",
                "an alert labelled {\(expectation.matchers.map(\.description).joined(separator: ", "))} reaches "
                    + "\(list(actual)), not \(list(expectation.receivers))",
                at: expectation.location)
        }
    }

    static func alertsRoutedToNull(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        return zip(stack.alerts, alertmanager.expectations(for: stack.alerts)).compactMap { alert, expectation in
            guard expectation.receivers.allSatisfy({ alertmanager.receiver(named: $0)?.isNull == true }) else {
                return nil
            }
            return .warning(
                "alert-routes-to-null",
                "alert '\(alert.name)' only reaches \(list(expectation.receivers)), which notifies no one",
                at: alert.location, hint: "route it to a receiver with an integration, or remove the alert")
        }
    }

    /// `'a'` or `'a', then 'b'`.
    static func list(_ receivers: [String]) -> String {
        receivers.map { "'\($0)'" }.joined(separator: ", then ")
    }
}
