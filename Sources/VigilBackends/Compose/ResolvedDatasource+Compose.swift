import VigilModel

extension ResolvedDatasource {
    /// Where Grafana reaches the data source on the compose network: the server's service name and the port it
    /// listens on inside its container (every replica or peer of a highly available stack answers to the
    /// service name too). None for a server the stack does not run.
    func composeURL(in stack: ResolvedStack) -> String? {
        switch kind {
        case .prometheus:
            "http://\(ResolvedPrometheus.serviceName):\(stack.prometheus.port)"
        case .alertmanager:
            stack.alertmanager.map { "http://\(ResolvedAlertmanager.serviceName):\($0.port)" }
        case .loki:
            "http://\(LogsLowering.lokiName):\(LogsLowering.lokiPort)"
        case .jaeger:
            "http://\(TracingLowering.serviceName(.jaeger)):\(TracingLowering.queryPort(.jaeger))"
        case .tempo:
            "http://\(TracingLowering.serviceName(.tempo)):\(TracingLowering.queryPort(.tempo))"
        case .victoriaMetrics:
            VictoriaMetrics.address
        }
    }
}
