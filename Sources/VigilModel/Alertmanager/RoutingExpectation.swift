import VigilCore

/// An alert's labels and the receivers the routing tree must send it to, in order.
public struct RoutingExpectation: Hashable, Sendable {
    /// The alert's labels, sorted by name.
    public var labels: [Label]
    /// The receivers' names, in routing-tree order.
    public var receivers: [String]
    /// Where the expectation comes from: an `Expect` or an alert.
    public var location: SourceLocation

    /// The labels as Alertmanager matchers (`name="value"`), the form `amtool config routes test` reads.
    public var matchers: [Matcher] {
        labels.map { Matcher(AlertLabel($0.name), .equal, $0.value, location: location) }
    }

    /// A value of these fields.
    package init(labels: [Label], receivers: [String], location: SourceLocation) {
        self.labels = labels
        self.receivers = receivers
        self.location = location
    }
}
