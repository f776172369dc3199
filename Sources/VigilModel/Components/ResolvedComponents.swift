/// The components a stack runs beside Prometheus and Alertmanager, as declared: what a deploying backend turns
/// into containers (compose) or workloads. A stack runs Grafana, Loki and a tracing backend once; later
/// declarations are kept so that validation can point at them.
public struct ResolvedComponents: Sendable {
    /// Grafana, in the order declared.
    public var grafanas: [Grafana]
    /// Loki with Alloy, in the order declared.
    public var lokis: [Loki]
    /// The tracing backend, in the order declared.
    public var tracings: [Tracing]
    /// The exporters, in the order declared.
    public var exporters: [ResolvedExporter]
    /// The long-term stores the stack runs (VictoriaMetrics), in the order declared.
    public var longTermStores: [VictoriaMetrics] = []
    /// The remote hosts whose exporters the stack scrapes or whose agents forward their samples, in the order
    /// declared.
    public var remoteHosts: [ResolvedRemoteHost] = []

    /// Whether a remote host's agent forwards samples, which the stack's Prometheus must then accept
    /// (``AgentForwarding/receiverArgument``).
    public var receivesForwardedSamples: Bool { remoteHosts.contains { $0.forwarding != nil } }

    /// Components of these declarations; none by default.
    public init(
        grafanas: [Grafana] = [], lokis: [Loki] = [], tracings: [Tracing] = [], exporters: [ResolvedExporter] = []
    ) {
        self.grafanas = grafanas
        self.lokis = lokis
        self.tracings = tracings
        self.exporters = exporters
    }

    /// The declarations after the first of the components a stack runs once.
    public var redeclarations: [Redeclaration] {
        func later(_ component: String, _ locations: [SourceLocation]) -> [Redeclaration] {
            guard let first = locations.first else { return [] }
            return locations.dropFirst().map { Redeclaration(component: component, first: first, location: $0) }
        }
        return later("Grafana", grafanas.map(\.location)) + later("Loki", lokis.map(\.location))
            + later("a tracing backend", tracings.map(\.location))
            + later("VictoriaMetrics", longTermStores.map(\.location))
    }
}
