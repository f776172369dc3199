import VigilBackends
import VigilDSL

/// The data sources Grafana gets for the stack's logs, traces and long-term metrics.
enum ComponentDatasources {
    /// The data sources of the stack's Loki, tracing backend and VictoriaMetrics, for Grafana.
    static func of(_ stack: Stack) -> [ResolvedDatasource] {
        var kinds: [DatasourceKind] = []
        if !stack.lokis.isEmpty {
            kinds.append(.loki)
        }
        if let tracing = stack.tracings.first {
            kinds.append(tracing.backend == .jaeger ? .jaeger : .tempo)
        }
        if !stack.longTermStores.isEmpty {
            kinds.append(.victoriaMetrics)
        }
        return kinds.map { ResolvedDatasource(kind: $0, isDefault: false) }
    }
}
