import VigilCore

/// The stack's Prometheus server with every setting decided.
public struct ResolvedPrometheus: Sendable {
    /// The compose service that runs Prometheus.
    public static let serviceName = "prometheus"

    /// The default time between scrapes.
    public var scrapeInterval: Duration
    /// The default scrape timeout.
    public var scrapeTimeout: Duration
    /// How often rules are evaluated.
    public var evaluationInterval: Duration
    /// External labels, sorted by name.
    public var externalLabels: [Label]
    /// How long samples are kept.
    public var retention: Duration
    /// How much disk the samples may take before the oldest are deleted, if limited.
    public var retentionSize: StorageSize?
    /// The container image that runs it.
    public var image: ContainerImage
    /// The port it listens on inside its container.
    public var port: Int
    /// The oldest Prometheus the configuration and queries must run on.
    public var compatibility: PrometheusVersion
    /// The feature flags it is started with, each once, sorted by name.
    public var features: [PrometheusFeature]
    /// The long-term stores it writes to.
    public var remoteWrite: [RemoteWrite] = []
    /// Where the settings were written.
    public var location: SourceLocation

    /// A value of these fields.
    package init(
        scrapeInterval: Duration, scrapeTimeout: Duration, evaluationInterval: Duration, externalLabels: [Label],
        retention: Duration, retentionSize: StorageSize? = nil, image: ContainerImage, port: Int,
        compatibility: PrometheusVersion,
        features: [PrometheusFeature], remoteWrite: [RemoteWrite] = [], location: SourceLocation
    ) {
        self.scrapeInterval = scrapeInterval
        self.scrapeTimeout = scrapeTimeout
        self.evaluationInterval = evaluationInterval
        self.externalLabels = externalLabels
        self.retention = retention
        self.retentionSize = retentionSize
        self.image = image
        self.port = port
        self.compatibility = compatibility
        self.features = features
        self.remoteWrite = remoteWrite
        self.location = location
    }
}
