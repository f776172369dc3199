/// node-exporter, the host's metrics (``NodeExporterMetrics``), scraped as the job `node`.
///
/// It brings the node rule pack (``NodeAlert``): alerts on filesystems, network errors, the clock, memory,
/// CPU, load and systemd, each with a firing and a quiet test. `pack` tunes, reroutes or disables them
/// (``PackOverride``); the body adds the stack's own rules.
///
/// ```swift
/// NodeExporter(pack: [.exclude(.fstype, matching: "tmpfs")]) {
///     Alert("HostOutOfMemory", severity: .warning, for: .minutes(5)) { ... }
/// }
/// ```
public struct NodeExporter: ExporterDeclaration {
    public let exporter: Exporter

    /// node-exporter reading the host's `/proc`, `/sys` and root file system read-only.
    public init(
        job: String = "node", version: ImageVersion? = nil, scrapeInterval: Duration? = nil,
        pack: [PackOverride<NodeAlert>] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ServiceBuilder content: () -> [ServiceElement] = { [] }
    ) {
        exporter = Exporter(
            .node, job: job, version: version, scrapeInterval: scrapeInterval, body: content(),
            pack: pack, location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
