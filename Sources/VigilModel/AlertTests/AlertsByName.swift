/// A stack's alerts by name, for finding the alert a test expectation names without reading every alert for
/// every expectation (which made checking and emitting alert tests quadratic in the number of services).
package struct AlertsByName {
    private let alerts: [String: [ResolvedAlert]]
    /// The same, by name and rule group: services often share alert names, so a name alone can stand for one
    /// alert per service.
    private let alertsByGroup: [GroupedName: [ResolvedAlert]]

    private struct GroupedName: Hashable {
        var name: String
        var group: String
    }

    /// The alerts of `stack`.
    package init(_ stack: ResolvedStack) {
        alerts = Dictionary(grouping: stack.alerts, by: \.name)
        alertsByGroup = Dictionary(grouping: stack.alerts) { GroupedName(name: $0.name, group: $0.group) }
    }

    /// The alert a test expectation names: the one of the test's own service first, and among alerts sharing the
    /// name (a page and a ticket), the first whose static labels agree with the expected `labels` (which may state
    /// e.g. `severity` to tell them apart).
    package func alert(named name: String, for test: ResolvedAlertTest, labels: [String: String] = [:])
        -> ResolvedAlert?
    {
        let own = alertsByGroup[GroupedName(name: name, group: test.group)] ?? []
        let candidates = own.isEmpty ? alerts[name] ?? [] : own
        return candidates.first { alert in alert.labels.allSatisfy { labels[$0.name] ?? $0.value == $0.value } }
            ?? candidates.first
    }
}
