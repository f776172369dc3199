/// cAdvisor, every container's CPU, memory, file system and network use (``CAdvisorMetrics``), scraped as the
/// job `cadvisor`.
public struct CAdvisor: ExporterDeclaration {
    public let exporter: Exporter

    /// cAdvisor reading the Docker host's state read-only.
    public init(
        job: String = "cadvisor", version: ImageVersion? = nil, scrapeInterval: Duration? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ServiceBuilder content: () -> [ServiceElement] = { [] }
    ) {
        exporter = Exporter(
            .cadvisor, job: job, version: version, scrapeInterval: scrapeInterval, body: content(),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
