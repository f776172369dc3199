/// One statement of a stack's body, as the ``StackBuilder`` collects it.
public enum StackElement: Sendable {
    /// A monitored service.
    case service(Service)
    /// The stack's Alertmanager: routing, receivers, inhibitions.
    case alertmanager(Alertmanager)
    /// A Grafana dashboard.
    case dashboard(Dashboard)
    /// A correction of the source document's PromQL, listed in the stack's README.
    case correction(Correction)
    /// A remark for the stack's README.
    case note(Note)
}
