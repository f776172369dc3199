import VigilCompiler
import VigilModel

/// Where the model says an alert goes: what an end-to-end run compares Alertmanager's behaviour with.
extension ResolvedAlertmanager {
    /// One place the routing tree delivers an alert to.
    public struct Delivery: Hashable, Sendable {
        /// The receiver's name.
        public var receiver: String
        /// The labels the alert is grouped by there, with its values (`...` groups by every label).
        public var groupLabels: [String: String]
    }

    /// The receivers an alert with `labels` reaches, each with the labels it is grouped by.
    public func deliveries(for labels: [String: String]) -> [Delivery] {
        root.routesTaking(labels).map { taken in
            let grouped =
                taken.groupBy.contains { $0.name == "..." }
                ? labels : labels.filter { label in taken.groupBy.contains { $0.name == label.key } }
            return Delivery(receiver: taken.route.receiver, groupLabels: grouped)
        }
    }

    /// Whether an alert with `labels` is suppressed while the alerts with `firing` labels fire: some
    /// inhibition's source matches one of them (not the alert itself), its target matches the alert, and
    /// they agree on the inhibition's `equal` labels.
    public func isInhibited(_ labels: [String: String], whileFiring firing: [[String: String]]) -> Bool {
        inhibitions.contains { inhibit in
            inhibit.target.allSatisfy { $0.matches(labels) }
                && firing.contains { source in
                    source != labels && inhibit.source.allSatisfy { $0.matches(source) }
                        && inhibit.equal.allSatisfy { source[$0.name] == labels[$0.name] }
                }
        }
    }
}
