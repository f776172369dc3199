/// Which of the operator's monitors finds a scraped service: through Services or directly through pods.
enum MonitorKind: String {
    /// A `ServiceMonitor`: the endpoints behind the selected Services.
    case service = "ServiceMonitor"
    /// A `PodMonitor`: the selected pods' container ports.
    case pod = "PodMonitor"

    /// The spec's list of endpoints: `endpoints` or `podMetricsEndpoints`.
    var endpointsKey: String {
        switch self {
        case .service: "endpoints"
        case .pod: "podMetricsEndpoints"
        }
    }
}
