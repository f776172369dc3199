/// How Prometheus collects a service's metrics: the addresses it scrapes and how.
///
/// ```swift
/// Service("autodealgenie-backend", scrape: .target("backend:8000", path: "/metrics"))
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
    /// Where the scrape was declared.
    public let location: SourceLocation

    /// The URL scheme of a metrics endpoint.
    public enum Scheme: String, Sendable {
        case http, https
    }

    /// Scrapes every address in `targets`.
    public init(
        targets: [String],
        path: String = "/metrics",
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
        path: String = "/metrics",
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
        path: String = "/metrics",
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
}
