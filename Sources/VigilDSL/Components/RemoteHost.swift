/// Another machine whose exporters the stack scrapes: Vigil writes an exporters-only compose file for it
/// (`remote-hosts/<name>/docker-compose.yml`), hardened like the stack's, with the exporters' ports published
/// on `address`. Each exporter is scraped by the stack's job of the same name (`node`, `cadvisor`) at
/// `address:port`, so that job's rule pack and dashboards cover every host; a job the stack itself does not
/// run is created with the exporter's catalogue and pack. A job's pack and interval are those of its first
/// declaration (the stack's own exporter before a remote host's); the bodies of all add to the job.
///
/// Only exporters that need nothing but the host itself run there: ``NodeExporter`` and ``CAdvisor``.
///
/// A host Prometheus cannot reach forwards instead (`forwarding: .agent(url:)`): its compose file also runs
/// Prometheus in agent mode, which scrapes the exporters there (their ports unpublished) and remote-writes the
/// samples to the URL, with the job names and the `instance` (`address:port`) the stack would have scraped and a
/// `remote_host` label; the stack's jobs get no target on that host, and its Prometheus accepts remote writes.
///
/// ```swift
/// RemoteHost("db-1", address: "10.0.0.12") {
///     NodeExporter()
///     CAdvisor()
/// }
/// RemoteHost("edge-1", address: "10.0.0.30", forwarding: .agent(url: "http://10.0.0.5:9090/api/v1/write")) {
///     NodeExporter()
/// }
/// ```
public struct RemoteHost: Sendable {
    /// The host's name: its folder under `remote-hosts/` and the README's heading.
    public let name: String
    /// The address Prometheus reaches it at, and its exporters' ports are published on: an IP address or a
    /// host name, without a port.
    public let address: String
    /// The exporters it runs, in the order written.
    public let exporters: [Exporter]
    /// Where its Prometheus agent forwards the samples; `nil` when the stack's Prometheus scrapes it.
    public let forwarding: AgentForwarding?
    /// Where it was declared.
    public let location: SourceLocation

    /// A remote host called `name`, reached at `address` (or forwarding through an agent), running `exporters`.
    public init(
        _ name: String, address: String, forwarding: AgentForwarding? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @RemoteHostBuilder exporters: () -> [Exporter]
    ) {
        self.name = name
        self.address = address
        self.exporters = exporters()
        self.forwarding = forwarding
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
