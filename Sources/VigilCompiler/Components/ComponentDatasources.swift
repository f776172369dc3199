import VigilBackends
import VigilDSL

/// The data sources Grafana gets for the stack's logs, traces and long-term metrics, at the addresses their containers serve.
enum ComponentDatasources {
    /// The data sources of the stack's Loki, tracing backend and VictoriaMetrics, for Grafana.
    static func of(_ stack: Stack) -> [ResolvedDatasource] {
        var datasources: [ResolvedDatasource] = []
        if !stack.lokis.isEmpty {
            datasources.append(
                ResolvedDatasource(
                    kind: .loki, url: "http://\(LogsLowering.lokiName):\(LogsLowering.lokiPort)", isDefault: false))
        }
        if let tracing = stack.tracings.first {
            let kind: DatasourceKind = tracing.backend == .jaeger ? .jaeger : .tempo
            datasources.append(
                ResolvedDatasource(
                    kind: kind,
                    url:
                        "http://\(TracingLowering.serviceName(tracing.backend)):\(TracingLowering.queryPort(tracing.backend))",
                    isDefault: false))
        }
        if !stack.longTermStores.isEmpty {
            datasources.append(
                ResolvedDatasource(kind: .victoriaMetrics, url: VictoriaMetrics.address, isDefault: false))
        }
        return datasources
    }
}
