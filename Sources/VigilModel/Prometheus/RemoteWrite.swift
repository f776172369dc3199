/// Prometheus sending samples to a long-term store as it scrapes and evaluates them (`remote_write`). What is
/// sent is kept small: every recorded series (a name with a colon, as recording rules and the SLO series are
/// named) and the raw series named in ``rawSeries``; the rest stays in Prometheus's own retention.
///
/// ```swift
/// Prometheus(remoteWrite: [.victoriaMetrics(url: "http://victoriametrics:8428/api/v1/write", rawSeries: ["up"])])
/// ```
public struct RemoteWrite: Sendable {
    /// The name Prometheus reports the queue's metrics under (`remote_name`); unique in the stack.
    public var name: String
    /// Where the samples go: the engine's remote-write endpoint.
    public var url: String
    /// The engine, which decides the tenant header and the queue.
    public var storage: RemoteStorage
    /// Credentials, from secret files only.
    public var authorization: ScrapeAuthorization?
    /// Certificates, from secret files only.
    public var tls: ScrapeTLS?
    /// Other HTTP headers sent with every request.
    public var headers: [String: String]
    /// The raw (unrecorded) series sent besides the recorded ones, by metric name.
    public var rawSeries: [String]
    /// The queue.
    public var queue: RemoteWriteQueue
    /// Where it was declared.
    public var location: SourceLocation

    /// A remote write of these settings; specs write the presets (`.mimir(url:tenant:)`,
    /// `.thanosReceive(url:tenant:)`, `.victoriaMetrics(url:)`), which fill in the engine's queue.
    public init(
        name: String, url: String, storage: RemoteStorage, authorization: ScrapeAuthorization? = nil,
        tls: ScrapeTLS? = nil, headers: [String: String] = [:], rawSeries: [String] = [], queue: RemoteWriteQueue,
        location: SourceLocation
    ) {
        self.name = name
        self.url = url
        self.storage = storage
        self.authorization = authorization
        self.tls = tls
        self.headers = headers
        self.rawSeries = rawSeries
        self.queue = queue
        self.location = location
    }

    /// The headers sent: the tenant's, then the others.
    public var allHeaders: [(name: String, value: String)] {
        var all: [(name: String, value: String)] = []
        if let header = storage.tenantHeader, let tenant = storage.tenant {
            all.append((name: header, value: tenant))
        }
        return all + headers.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }

    /// The regular expression of the metric names sent: any name with a colon, and the raw series listed.
    public var keptNames: String {
        ([".+:.+"] + rawSeries).joined(separator: "|")
    }
}
