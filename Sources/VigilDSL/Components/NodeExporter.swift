/// node-exporter, the host's metrics (``NodeExporterMetrics``), scraped as the job `node`.
///
/// ```swift
/// NodeExporter {
///     Alert("HostOutOfMemory", severity: .warning, for: .minutes(5)) { ... }
/// }
/// ```
public struct NodeExporter: ExporterDeclaration {
    public let exporter: Exporter

    /// node-exporter reading the host's `/proc`, `/sys` and root file system read-only.
    public init(
        job: String = "node", version: ImageVersion? = nil, scrapeInterval: Duration? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ServiceBuilder content: () -> [ServiceElement] = { [] }
    ) {
        exporter = Exporter(
            .node, job: job, version: version, scrapeInterval: scrapeInterval, body: content(),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
