/// A stack's alerts by name, for finding the alert a test expectation names without reading every alert for
/// every expectation (which made checking and emitting alert tests quadratic in the number of services).
struct AlertsByName {
    private let alerts: [String: [ResolvedAlert]]

    /// The alerts of `stack`.
    init(_ stack: ResolvedStack) {
        alerts = Dictionary(grouping: stack.alerts, by: \.name)
    }

    /// The alert a test expectation names: the one of the test's own service first, and among alerts sharing the
    /// name (a page and a ticket), the first whose static labels agree with the expected `labels` (which may state
    /// e.g. `severity` to tell them apart).
    func alert(named name: String, for test: ResolvedAlertTest, labels: [String: String] = [:]) -> ResolvedAlert? {
        let named = alerts[name] ?? []
        let own = named.filter { $0.group == test.group }
        let candidates = own.isEmpty ? named : own
        return candidates.first { alert in alert.labels.allSatisfy { labels[$0.name] ?? $0.value == $0.value } }
            ?? candidates.first
    }
}
