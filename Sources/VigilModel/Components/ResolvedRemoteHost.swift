/// Another machine whose exporters the stack scrapes, or whose Prometheus agent forwards their samples, after
/// lowering: a deploying backend writes a deployment for it, with the exporters' ports published on its address
/// when scraped, or with the agent when it forwards.
public struct ResolvedRemoteHost: Sendable {
    /// The host's name, the folder of its deployment.
    public var name: String
    /// Where Prometheus reaches it, and where its exporters' ports are published.
    public var address: String
    /// The exporters it runs, each with ``ResolvedExporter/remoteAddress`` set to ``address``.
    public var exporters: [ResolvedExporter]
    /// How its samples reach the stack when its agent forwards them; `nil` when Prometheus scrapes it.
    public var forwarding: AgentForwarding?
    /// Where it was declared.
    public var location: SourceLocation

    /// A remote host of these fields.
    public init(
        name: String, address: String, exporters: [ResolvedExporter], forwarding: AgentForwarding? = nil,
        location: SourceLocation
    ) {
        self.name = name
        self.address = address
        self.exporters = exporters
        self.forwarding = forwarding
        self.location = location
    }
}
