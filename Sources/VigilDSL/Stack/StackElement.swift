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
    /// The stack's Grafana.
    case grafana(Grafana)
    /// The stack's Loki, with Alloy shipping logs.
    case loki(Loki)
    /// The stack's tracing backend.
    case tracing(Tracing)
    /// An exporter the stack runs and scrapes.
    case exporter(Exporter)
    /// The stack's long-term store.
    case victoriaMetrics(VictoriaMetrics)
    /// Another machine whose exporters the stack scrapes.
    case remoteHost(RemoteHost)
}
