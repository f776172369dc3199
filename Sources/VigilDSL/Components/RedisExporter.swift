/// redis-exporter, Redis's metrics (``RedisExporterMetrics``), scraped as the job `redis`.
///
/// ```swift
/// RedisExporter(address: "redis:6379")
/// ```
///
/// It brings the redis rule pack (``RedisAlert``): the server down, memory near `maxmemory`, clients near
/// `maxclients`, rejected connections, evictions, broken replication and failed snapshots; `pack` tunes them.
public struct RedisExporter: ExporterDeclaration {
    public let exporter: Exporter

    /// redis-exporter connecting to `address` (`host:port`). A Redis with a password needs `password`:
    /// redis-exporter's password file, a JSON object from the Redis URL to its password
    /// (`{"redis://redis:6379": "..."}`).
    public init(
        address: String, password: Secret? = nil,
        job: String = "redis", version: ImageVersion? = nil, scrapeInterval: Duration? = nil,
        pack: [PackOverride<RedisAlert>] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ServiceBuilder content: () -> [ServiceElement] = { [] }
    ) {
        exporter = Exporter(
            .redis(address: address, password: password), job: job, version: version,
            scrapeInterval: scrapeInterval, body: content(), pack: pack,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
