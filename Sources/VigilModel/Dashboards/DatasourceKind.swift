/// The Grafana data sources a stack provisions, each with a fixed uid so that dashboards can refer to them
/// without a lookup.
public enum DatasourceKind: String, CaseIterable, Sendable {
    /// The stack's Prometheus: every PromQL query.
    case prometheus
    /// The stack's VictoriaMetrics, the long-term store, queried with PromQL over Prometheus's API.
    case victoriaMetrics = "victoriametrics"
    /// The stack's Alertmanager: silences and alert groups.
    case alertmanager
    /// Loki: LogQL queries of log panels.
    case loki
    /// Tempo, the tracing backend.
    case tempo
    /// Jaeger, the tracing backend.
    case jaeger

    /// The Grafana plugin id, the `type` of a data source reference.
    public var pluginID: String { self == .victoriaMetrics ? DatasourceKind.prometheus.rawValue : rawValue }

    /// The data source's fixed uid.
    public var uid: String { rawValue }

    /// The name shown in Grafana.
    public var displayName: String {
        switch self {
        case .prometheus: "Prometheus"
        case .victoriaMetrics: "VictoriaMetrics (long-term)"
        case .alertmanager: "Alertmanager"
        case .loki: "Loki"
        case .tempo: "Tempo"
        case .jaeger: "Jaeger"
        }
    }
}
