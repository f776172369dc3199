import VigilCore

/// One `scrape_configs` entry of prometheus.yml.
public struct ResolvedScrapeJob: Sendable {
    /// The path of a metrics endpoint unless a scrape says otherwise, Prometheus's own default.
    public static let defaultMetricsPath = "/metrics"
    /// The scheme of a scrape unless it says otherwise.
    public static let defaultScheme = "http"

    /// The job name, the `job` label of every series it scrapes.
    public var name: String
    /// The `host:port` addresses, in the order written.
    public var targets: [String]
    /// The HTTP path of the metrics endpoint.
    public var metricsPath: String
    /// `http` or `https`.
    public var scheme: String
    /// The scrape interval when it differs from the global one the user left implicit; `nil` uses the global.
    public var interval: Duration?
    /// The scrape timeout; `nil` uses the global.
    public var timeout: Duration?
    /// Labels added to every target, sorted by name.
    public var labels: [Label]
    /// Dynamic target sources.
    public var discovery: [ServiceDiscovery] = []
    /// URL query parameters, sorted by name.
    public var params: [(name: String, values: [String])] = []
    /// Whether the target's own labels win.
    public var honorsLabels = false
    /// How Prometheus authenticates.
    public var authorization: ScrapeAuthorization?
    /// TLS settings.
    public var tls: ScrapeTLS?
    /// Target relabeling, in order.
    public var relabeling: [Relabel] = []
    /// Sample relabeling, in order.
    public var metricRelabeling: [Relabel] = []
    /// The exposition formats to negotiate, preferred first (`scrape_protocols`); Prometheus's default when empty.
    public var protocols: [ScrapeProtocol] = []
    /// The format assumed when the Content-Type is missing or unknown (`fallback_scrape_protocol`).
    public var fallbackProtocol: ScrapeProtocol?
    /// How Prometheus finds the service on Kubernetes, as its scrape says.
    public var kubernetes: KubernetesScrape?
    /// Whether it scrapes a part of the stack itself (Prometheus, Alertmanager, an exporter) rather than a
    /// service the specs declare.
    public var scrapesStack = false
    /// Whether it scrapes a component only the compose target deploys (Grafana, Loki, Alloy, the tracing
    /// backend): the Kubernetes target leaves the job, its rules, tests and dashboard out.
    public var scrapesComposeComponent = false
    /// Where the job was declared (a service, or the stack for implicit jobs).
    public var location: SourceLocation

    /// A value of these fields.
    package init(
        name: String, targets: [String], metricsPath: String, scheme: String, interval: Duration? = nil,
        timeout: Duration? = nil, labels: [Label], discovery: [ServiceDiscovery] = [],
        params: [(name: String, values: [String])] = [], authorization: ScrapeAuthorization? = nil,
        tls: ScrapeTLS? = nil, relabeling: [Relabel] = [], metricRelabeling: [Relabel] = [],
        protocols: [ScrapeProtocol] = [], fallbackProtocol: ScrapeProtocol? = nil, kubernetes: KubernetesScrape? = nil,
        location: SourceLocation
    ) {
        self.name = name
        self.targets = targets
        self.metricsPath = metricsPath
        self.scheme = scheme
        self.interval = interval
        self.timeout = timeout
        self.labels = labels
        self.discovery = discovery
        self.params = params
        self.authorization = authorization
        self.tls = tls
        self.relabeling = relabeling
        self.metricRelabeling = metricRelabeling
        self.protocols = protocols
        self.fallbackProtocol = fallbackProtocol
        self.kubernetes = kubernetes
        self.location = location
    }
}
