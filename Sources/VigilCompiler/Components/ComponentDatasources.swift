import VigilBackends
import VigilDSL

/// The data sources Grafana gets for the stack's logs and traces, at the addresses their containers serve.
enum ComponentDatasources {
    /// The data sources of the stack's Loki and tracing backend, for Grafana.
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
        return datasources
    }
}
