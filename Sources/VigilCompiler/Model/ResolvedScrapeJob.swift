import VigilDSL

/// One `scrape_configs` entry of prometheus.yml.
public struct ResolvedScrapeJob: Sendable {
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
    /// Where the job was declared (a service, or the stack for implicit jobs).
    public var location: SourceLocation
}
