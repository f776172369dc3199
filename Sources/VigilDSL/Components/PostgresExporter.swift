/// postgres-exporter, PostgreSQL's metrics (``PostgresExporterMetrics``), scraped as the job `postgres`.
///
/// The password is a secret file (`DATA_SOURCE_PASS_FILE`), never part of a connection string:
/// ```swift
/// PostgresExporter(address: "postgres:5432", database: "app", user: "postgres_exporter",
///                  password: .secret("postgres_exporter_password"))
/// ```
///
/// It brings the postgres rule pack (``PostgresAlert``): the server down, connections near `max_connections`,
/// deadlocks, long transactions, replication lag and failing exporter queries; `pack` tunes them, e.g.
/// `pack: [.tune(.tooManyConnections, threshold: 90)]`.
public struct PostgresExporter: ExporterDeclaration {
    public let exporter: Exporter

    /// postgres-exporter connecting to `address` (`host:port`) and `database` as `user`.
    public init(
        address: String, database: String = "postgres", user: String, password: Secret,
        sslMode: PostgresSSLMode = .disable,
        job: String = "postgres", version: ImageVersion? = nil, scrapeInterval: Duration? = nil,
        pack: [PackOverride<PostgresAlert>] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ServiceBuilder content: () -> [ServiceElement] = { [] }
    ) {
        exporter = Exporter(
            .postgres(address: address, database: database, user: user, password: password, sslMode: sslMode),
            job: job, version: version, scrapeInterval: scrapeInterval, body: content(),
            pack: pack, location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
