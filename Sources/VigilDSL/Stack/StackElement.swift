/// One statement of a stack's body, as the ``StackBuilder`` collects it.
public enum StackElement: Sendable {
    /// A monitored service.
    case service(Service)
    /// The stack's Alertmanager: routing, receivers, inhibitions.
    case alertmanager(Alertmanager)
    /// A Grafana dashboard.
    case dashboard(Dashboard)
}
