/// How Prometheus collects a service's metrics: the addresses it scrapes and how.
///
/// ```swift
/// Service("autodealgenie-backend", scrape: .target("backend:8000", path: "/metrics"))
/// Service("api", scrape: .target("api:8443", scheme: .https).authorization(.bearer(.secret("api_token"))))
/// Service("nodes", scrape: .discovered(.files(["targets/nodes.json"], refresh: .minutes(5))))
/// ```
public struct Scrape: Sendable {
    /// The `host:port` addresses scraped, in the order written.
    public var targets: [String]
    /// The HTTP path of the metrics endpoint.
    public var metricsPath: String
    /// `http` or `https`.
    public var scheme: Scheme
    /// How often to scrape; the stack's Prometheus default when `nil`.
    public var interval: Duration?
    /// How long one scrape may take; the stack's Prometheus default when `nil`.
    public var timeout: Duration?
    /// Labels added to every series scraped from these targets.
    public var labels: [String: String]
    /// Dynamic target sources, beside the static ``targets``.
    public var discovery: [ServiceDiscovery] = []
    /// URL query parameters sent with every scrape (e.g. a blackbox exporter's `module`).
    public var params: [String: [String]] = [:]
    /// Whether labels the target exposes win over the ones Prometheus attaches (for federation and
    /// pushgateway-like targets).
    public var honorsLabels = false
    /// How Prometheus authenticates, if the endpoint requires it.
    public var authorization: ScrapeAuthorization?
    /// TLS settings for https endpoints.
    public var tls: ScrapeTLS?
    /// Relabeling of targets before the scrape.
    public var relabeling: [Relabel] = []
    /// Relabeling of samples after the scrape.
    public var metricRelabeling: [Relabel] = []
    /// The exposition formats to ask the target for, preferred first; Prometheus's default order when empty.
    public var protocols: [ScrapeProtocol] = []
    /// The format to assume when the target's Content-Type is missing or unknown: Prometheus 3 fails such a
    /// scrape unless one is set.
    public var fallbackProtocol: ScrapeProtocol?
    /// How Prometheus finds the service on Kubernetes; `nil` for a service of a stack without that target.
    public var kubernetes: KubernetesScrape?
    /// Where the scrape was declared.
    public let location: SourceLocation

    /// The URL scheme of a metrics endpoint.
    public enum Scheme: String, Sendable {
        case http, https
    }

    /// Scrapes every address in `targets`.
    public init(
        targets: [String],
        path: String = ResolvedScrapeJob.defaultMetricsPath,
        scheme: Scheme = .http,
        interval: Duration? = nil,
        timeout: Duration? = nil,
        labels: [String: String] = [:],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.targets = targets
        self.metricsPath = path
        self.scheme = scheme
        self.interval = interval
        self.timeout = timeout
        self.labels = labels
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// Scrapes one `host:port` address.
    public static func target(
        _ address: String,
        path: String = ResolvedScrapeJob.defaultMetricsPath,
        scheme: Scheme = .http,
        interval: Duration? = nil,
        timeout: Duration? = nil,
        labels: [String: String] = [:],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Scrape {
        Scrape(
            targets: [address], path: path, scheme: scheme, interval: interval, timeout: timeout, labels: labels,
            fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// Scrapes several `host:port` addresses of one service (replicas).
    public static func targets(
        _ addresses: [String],
        path: String = ResolvedScrapeJob.defaultMetricsPath,
        scheme: Scheme = .http,
        interval: Duration? = nil,
        timeout: Duration? = nil,
        labels: [String: String] = [:],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Scrape {
        Scrape(
            targets: addresses, path: path, scheme: scheme, interval: interval, timeout: timeout, labels: labels,
            fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// Scrapes the targets that `sources` discover.
    public static func discovered(
        _ sources: ServiceDiscovery..., path: String = ResolvedScrapeJob.defaultMetricsPath, scheme: Scheme = .http,
        interval: Duration? = nil,
        timeout: Duration? = nil, labels: [String: String] = [:],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Scrape {
        var scrape = Scrape(
            targets: [], path: path, scheme: scheme, interval: interval, timeout: timeout, labels: labels,
            fileID: fileID, filePath: filePath, line: line, column: column)
        scrape.discovery = sources
        return scrape
    }

    /// The scrape with these URL query parameters.
    public func params(_ params: [String: [String]]) -> Scrape {
        modified { $0.params = params }
    }

    /// The scrape keeping the labels the target exposes over the ones Prometheus attaches.
    public func honoringLabels() -> Scrape {
        modified { $0.honorsLabels = true }
    }

    /// The scrape authenticating with `authorization`.
    public func authorization(_ authorization: ScrapeAuthorization) -> Scrape {
        modified { $0.authorization = authorization }
    }

    /// The scrape with these TLS settings.
    public func tls(_ tls: ScrapeTLS) -> Scrape {
        modified { $0.tls = tls }
    }

    /// The scrape relabeling its targets with `steps`, in order.
    public func relabeling(_ steps: [Relabel]) -> Scrape {
        modified { $0.relabeling = steps }
    }

    /// The scrape relabeling the scraped samples with `steps`, in order.
    public func metricRelabeling(_ steps: [Relabel]) -> Scrape {
        modified { $0.metricRelabeling = steps }
    }

    /// The scrape asking the target for these exposition formats, preferred first (`scrape_protocols`).
    public func protocols(_ protocols: [ScrapeProtocol]) -> Scrape {
        modified { $0.protocols = protocols }
    }

    /// The scrape reading a response without a usable Content-Type as `format` (`fallback_scrape_protocol`),
    /// for targets that send none or an odd one, which Prometheus 3 otherwise fails to scrape.
    public func fallbackProtocol(_ format: ScrapeProtocol) -> Scrape {
        modified { $0.fallbackProtocol = format }
    }

    /// The scrape finding the service on Kubernetes as `discovery` says.
    public func kubernetes(_ discovery: KubernetesScrape) -> Scrape {
        modified { $0.kubernetes = discovery }
    }

    private func modified(_ change: (inout Scrape) -> Void) -> Scrape {
        var scrape = self
        change(&scrape)
        return scrape
    }
}
