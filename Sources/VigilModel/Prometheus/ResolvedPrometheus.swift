import VigilCore

/// The stack's Prometheus server with every setting decided.
public struct ResolvedPrometheus: Sendable {
    /// The compose service that runs Prometheus (or, numbered, each of its replicas).
    public static let serviceName = "prometheus"
    /// The environment variable that gives each replica its replica label's value: Prometheus 3 expands it in
    /// the shared configuration's external labels.
    public static let replicaVariable = "PROMETHEUS_REPLICA"

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
    /// How many replicas the stack asks for (fewer than one is an error).
    public var replicaCount: Int
    /// The replicas that run, each with the same scrape jobs and rules: one (`prometheus`) on a single host,
    /// `prometheus-1` … for a highly available stack.
    public var replicas: [ServerInstance] = []
    /// The external label that tells replicas apart (their service name is its value), which alerts lose
    /// before they reach Alertmanager; `nil` for a single replica.
    public var replicaLabel: String?
    /// Where the settings were written.
    public var location: SourceLocation

    /// Whether it runs as replicas that Alertmanager deduplicates.
    public var isHighlyAvailable: Bool { replicaLabel != nil }

    /// A value of these fields; `replicas` of them run, told apart by `replicaLabel` when there are several.
    package init(
        scrapeInterval: Duration, scrapeTimeout: Duration, evaluationInterval: Duration, externalLabels: [Label],
        retention: Duration, retentionSize: StorageSize? = nil, image: ContainerImage, port: Int,
        compatibility: PrometheusVersion,
        features: [PrometheusFeature], remoteWrite: [RemoteWrite] = [], replicas: Int = 1,
        replicaLabel: String = "replica", location: SourceLocation
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
        replicaCount = replicas
        self.replicas = ServerInstance.instances(of: Self.serviceName, count: replicas, port: port)
        self.replicaLabel = replicas > 1 ? replicaLabel : nil
        self.location = location
    }
}
