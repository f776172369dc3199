/// An exporter the stack runs, after lowering: which one, its scrape job and where it listens. Its metric
/// catalogue and the alerts of its body are on the service of its job; a backend that deploys it (compose's
/// container) reads this.
public struct ResolvedExporter: Sendable {
    /// Which exporter, with what it connects to.
    public var kind: ExporterKind
    /// Its scrape job, and the base of its container's name.
    public var job: String
    /// The image version the spec pins, if any.
    public var version: ImageVersion?
    /// How often it is scraped, when not the stack's interval.
    public var scrapeInterval: Duration?
    /// Where it was declared.
    public var location: SourceLocation
    /// The address of the remote host it runs on; `nil` when it runs beside Prometheus.
    public var remoteAddress: String?

    /// An exporter of these fields.
    public init(
        kind: ExporterKind, job: String, version: ImageVersion?, scrapeInterval: Duration?, location: SourceLocation
    ) {
        self.kind = kind
        self.job = job
        self.version = version
        self.scrapeInterval = scrapeInterval
        self.location = location
    }

    /// The host name it is reached at, its container's: the job for cAdvisor (`cadvisor`), or the job followed
    /// by `-exporter` (`postgres-exporter`).
    public var containerName: String {
        if case .cadvisor = kind { return job }
        return "\(job)-exporter"
    }

    /// Where Prometheus scrapes it: `postgres-exporter:9187`, or on a remote host, `10.0.0.12:9100`.
    public var address: String { "\(remoteAddress ?? containerName):\(kind.port)" }
}
