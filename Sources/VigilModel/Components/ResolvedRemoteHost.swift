/// Another machine whose exporters the stack scrapes, after lowering: a deploying backend writes an
/// exporters-only deployment for it, with the exporters' ports published on its address.
public struct ResolvedRemoteHost: Sendable {
    /// The host's name, the folder of its deployment.
    public var name: String
    /// Where Prometheus reaches it, and where its exporters' ports are published.
    public var address: String
    /// The exporters it runs, each with ``ResolvedExporter/remoteAddress`` set to ``address``.
    public var exporters: [ResolvedExporter]
    /// Where it was declared.
    public var location: SourceLocation

    /// A remote host of these fields.
    public init(name: String, address: String, exporters: [ResolvedExporter], location: SourceLocation) {
        self.name = name
        self.address = address
        self.exporters = exporters
        self.location = location
    }
}
