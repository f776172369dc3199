/// cAdvisor, every container's CPU, memory, file system and network use (``CAdvisorMetrics``), scraped as the
/// job `cadvisor`.
///
/// It brings the containers rule pack (``ContainerAlert``): OOM kills, restarts, CPU throttling, memory near the
/// limit and containers gone, each with a firing and a quiet test; `pack` tunes, reroutes or disables them.
///
/// ```swift
/// CAdvisor(pack: [.tune(.cpuThrottled, threshold: 50)])
/// ```
public struct CAdvisor: ExporterDeclaration {
    public let exporter: Exporter

    /// cAdvisor reading the Docker host's state read-only.
    public init(
        job: String = "cadvisor", version: ImageVersion? = nil, scrapeInterval: Duration? = nil,
        pack: [PackOverride<ContainerAlert>] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ServiceBuilder content: () -> [ServiceElement] = { [] }
    ) {
        exporter = Exporter(
            .cadvisor, job: job, version: version, scrapeInterval: scrapeInterval, body: content(),
            pack: pack, location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
