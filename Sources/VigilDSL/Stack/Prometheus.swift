/// The stack's Prometheus server: its global settings and how it keeps data.
public struct Prometheus: Sendable {
    /// The default time between two scrapes of a target.
    public var scrapeInterval: Duration
    /// The default time a scrape may take.
    public var scrapeTimeout: Duration
    /// How often recording and alerting rules are evaluated.
    public var evaluationInterval: Duration
    /// Labels attached to every series and alert that leaves this server (federation, remote write,
    /// Alertmanager).
    public var externalLabels: [String: String]
    /// How long samples are kept on disk.
    public var retention: Duration
    /// How much disk the samples may take; the oldest blocks go first. `nil`: no limit but time.
    public var retentionSize: StorageSize?
    /// The image tag, when not Vigil's pinned one.
    public var version: ImageVersion?
    /// The oldest Prometheus the configuration and queries must run on: a field or function newer than it
    /// stops generation. By default 3.5, the version the generated compose file runs.
    public var compatibility: PrometheusVersion
    /// The feature flags Prometheus is started with (`--enable-feature=...`), in the compose file and in
    /// end-to-end runs.
    public var features: [PrometheusFeature]
    /// The long-term stores it sends its recorded series (and the raw series each lists) to.
    public var remoteWrite: [RemoteWrite]
    /// How many replicas run: 1 for a single server, 2 for a highly available pair. Each replica scrapes the
    /// same targets and evaluates the same rules; Alertmanager gets their alerts without ``replicaLabel`` and
    /// so sends each once.
    public var replicas: Int
    /// The external label whose value tells the replicas apart (each replica's service name).
    public var replicaLabel: String
    /// The changes to the Prometheus rule pack (``PrometheusAlert``) every stack brings to its own Prometheus.
    public var pack: [PackOverride<PrometheusAlert>]
    /// Where these settings were written.
    public let location: SourceLocation

    /// Prometheus settings; the defaults suit a single-host stack.
    public init(
        scrapeInterval: Duration = .seconds(15),
        scrapeTimeout: Duration = .seconds(10),
        evaluationInterval: Duration = .seconds(15),
        externalLabels: [String: String] = [:],
        retention: Duration = .days(15),
        retentionSize: StorageSize? = nil,
        version: ImageVersion? = nil,
        compatibility: PrometheusVersion = .v35,
        features: [PrometheusFeature] = [],
        remoteWrite: [RemoteWrite] = [],
        replicas: Int = 1,
        replicaLabel: String = "replica",
        pack: [PackOverride<PrometheusAlert>] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.scrapeInterval = scrapeInterval
        self.scrapeTimeout = scrapeTimeout
        self.evaluationInterval = evaluationInterval
        self.externalLabels = externalLabels
        self.retention = retention
        self.retentionSize = retentionSize
        self.version = version
        self.compatibility = compatibility
        self.features = features
        self.remoteWrite = remoteWrite
        self.replicas = replicas
        self.replicaLabel = replicaLabel
        self.pack = pack
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
