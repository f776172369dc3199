/// An exporter container the stack runs and scrapes as one job, with the exporter's metric catalogue declared
/// on that job so that alerts, recording rules and dashboards on its metrics are checked like the
/// application's. Written through ``NodeExporter``, ``CAdvisor``, ``PostgresExporter``, ``RedisExporter`` or
/// ``BlackboxExporter``; their bodies take what a ``Service`` body takes.
public struct Exporter: Sendable {
    /// Which exporter, and what it needs to reach what it exports.
    public typealias Kind = ExporterKind

    /// Which exporter.
    public let kind: Kind
    /// The scrape job's name, the `job` label of its series and the `service` label of its alerts.
    public let job: String
    /// The image tag, when not Vigil's pinned one.
    public let version: ImageVersion?
    /// The scrape interval, when not the stack's.
    public let scrapeInterval: Duration?
    /// The alerts, recording rules, tests, SLOs and dashboards written in the body, in order.
    public let body: [ServiceElement]
    /// The changes to the exporter's rule pack, typed by the pack's alerts (``PackOverride``).
    public let pack: [any AnyPackOverride]
    /// Where it was declared.
    public let location: SourceLocation

    /// An exporter of `kind`.
    public init(
        _ kind: Kind, job: String, version: ImageVersion?, scrapeInterval: Duration?, body: [ServiceElement],
        pack: [any AnyPackOverride] = [], location: SourceLocation
    ) {
        self.kind = kind
        self.job = job
        self.version = version
        self.scrapeInterval = scrapeInterval
        self.body = body
        self.pack = pack
        self.location = location
    }
}
