/// blackbox-exporter probing endpoints from outside (``BlackboxExporterMetrics``), scraped as the job
/// `blackbox`.
///
/// It brings the blackbox rule pack (``BlackboxAlert``): a probe failing (`ProbeFailed`, with
/// `failureSeverity` after `failingFor`), slow probes, HTTP error statuses and TLS certificates near expiry,
/// each with a firing and a quiet test; `pack` tunes them, e.g. `pack: [.tune(.certificateExpiringSoon,
/// threshold: 30)]`.
///
/// ```swift
/// BlackboxExporter {
///     Probe.http("http://backend:8000/health")
///     Probe.http("http://backend:8000/health/detailed")
/// }
/// ```
/// Alerts of your own on the probes' metrics go in `alerts`.
public struct BlackboxExporter: ExporterDeclaration {
    public let exporter: Exporter

    /// blackbox-exporter running `probes`; `ProbeFailed` fires with `failureSeverity` when a probe has failed
    /// for `failingFor`.
    public init(
        failureSeverity: Severity = .critical, failingFor: Duration = .minutes(2),
        job: String = "blackbox", version: ImageVersion? = nil, scrapeInterval: Duration? = nil,
        pack: [PackOverride<BlackboxAlert>] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<Probe> probes: () -> [Probe],
        @ServiceBuilder alerts: () -> [ServiceElement] = { [] }
    ) {
        exporter = Exporter(
            .blackbox(probes: probes(), failureSeverity: failureSeverity, failingFor: failingFor), job: job,
            version: version, scrapeInterval: scrapeInterval, body: alerts(), pack: pack,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
