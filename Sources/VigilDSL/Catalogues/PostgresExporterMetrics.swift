/// The metrics of the Prometheus community's postgres_exporter, by the names, kinds and labels it exports
/// them with: availability, connections, per-database activity, tables, locks, replication and the exporter.
///
/// Declare the whole catalogue on the service that scrapes the exporter:
/// ```swift
/// Service("postgres", scrape: .target("postgres-exporter:9187")) { PostgresExporterMetrics.all }
/// ```
///
/// The exporter exports PostgreSQL's cumulative statistics (`pg_stat_database_xact_commit`, ...) as counters
/// under PostgreSQL's column names, without the `_total` suffix. Swift names follow the metric names: the
/// `pg_` prefix and any `_total` suffix dropped, the rest in lowerCamelCase (`pg_stat_database_xact_commit`
/// is ``statDatabaseXactCommit``).
public enum PostgresExporterMetrics {
    // MARK: - Label sets

    /// The label of per-database metrics.
    public enum DatabaseLabel: String, LabelKey {
        /// The database's name.
        case datname
    }

    /// The labels of `pg_stat_database` metrics.
    public enum StatDatabaseLabel: String, LabelKey {
        /// The database's object id.
        case datid
        /// The database's name.
        case datname
    }

    /// The labels of `pg_stat_activity` metrics: connections grouped by database, state and client.
    public enum StatActivityLabel: String, LabelKey {
        /// The database's name.
        case datname
        /// `active`, `idle`, `idle in transaction`, `idle in transaction (aborted)`, `fastpath function call`
        /// or `disabled`.
        case state
        /// The user connected.
        case usename
        /// The client's `application_name`.
        case applicationName = "application_name"
        /// The kind of backend, e.g. `client backend`.
        case backendType = "backend_type"
        /// The class of event the backend waits for, if any.
        case waitEventType = "wait_event_type"
        /// The event the backend waits for, if any.
        case waitEvent = "wait_event"
    }

    /// The labels of lock counts.
    public enum LocksLabel: String, LabelKey {
        /// The database's name.
        case datname
        /// The lock mode, e.g. `accessexclusivelock`.
        case mode
    }

    /// The labels of per-table statistics.
    public enum TableLabel: String, LabelKey {
        /// The database's name.
        case datname
        /// The table's schema.
        case schemaname
        /// The table's name.
        case relname
    }

    /// The labels of the server's version.
    public enum StaticLabel: String, LabelKey {
        /// The short version, e.g. `16.2.0`.
        case shortVersion = "short_version"
        /// The full version string.
        case version
    }

    // MARK: - Availability and settings

    /// 1 when the exporter could connect to the server in the last scrape.
    public static let up = Gauge<NoLabels>(
        "pg_up", help: "Whether the last scrape was able to connect to the server (1 for yes, 0 for no).")

    /// The server's version; always 1.
    public static let staticInfo = Gauge<StaticLabel>("pg_static", help: "Version string as reported by postgres.")

    /// When the server started, in seconds since the Unix epoch.
    public static let postmasterStartTimeSeconds = Gauge<NoLabels>(
        "pg_postmaster_start_time_seconds", help: "Time at which postmaster started.", unit: .seconds)

    /// The server's `max_connections` setting.
    public static let settingsMaxConnections = Gauge<NoLabels>(
        "pg_settings_max_connections", help: "Sets the maximum number of concurrent connections.")

    /// The server's `superuser_reserved_connections` setting.
    public static let settingsSuperuserReservedConnections = Gauge<NoLabels>(
        "pg_settings_superuser_reserved_connections",
        help: "Sets the number of connection slots reserved for superusers.")

    // MARK: - Connections (pg_stat_activity)

    /// Connections in each state.
    public static let statActivityCount = Gauge<StatActivityLabel>(
        "pg_stat_activity_count", help: "number of connections in this state")

    /// The longest-running transaction of each group of connections.
    public static let statActivityMaxTxDuration = Gauge<StatActivityLabel>(
        "pg_stat_activity_max_tx_duration", help: "max duration in seconds any active transaction has been running")

    // MARK: - Databases (pg_stat_database, pg_database)

    /// Backends connected to the database.
    public static let statDatabaseNumbackends = Gauge<StatDatabaseLabel>(
        "pg_stat_database_numbackends", help: "Number of backends currently connected to this database.")

    /// Transactions committed.
    public static let statDatabaseXactCommit = Counter<StatDatabaseLabel>(
        "pg_stat_database_xact_commit", help: "Number of transactions in this database that have been committed")

    /// Transactions rolled back.
    public static let statDatabaseXactRollback = Counter<StatDatabaseLabel>(
        "pg_stat_database_xact_rollback", help: "Number of transactions in this database that have been rolled back")

    /// Disk blocks read.
    public static let statDatabaseBlksRead = Counter<StatDatabaseLabel>(
        "pg_stat_database_blks_read", help: "Number of disk blocks read in this database")

    /// Blocks found in the buffer cache: with `blks_read`, the cache hit ratio.
    public static let statDatabaseBlksHit = Counter<StatDatabaseLabel>(
        "pg_stat_database_blks_hit",
        help: "Number of times disk blocks were found already in the buffer cache, so that a read was not necessary")

    /// Rows returned by queries.
    public static let statDatabaseTupReturned = Counter<StatDatabaseLabel>(
        "pg_stat_database_tup_returned", help: "Number of rows returned by queries in this database")

    /// Rows fetched by queries.
    public static let statDatabaseTupFetched = Counter<StatDatabaseLabel>(
        "pg_stat_database_tup_fetched", help: "Number of rows fetched by queries in this database")

    /// Rows inserted.
    public static let statDatabaseTupInserted = Counter<StatDatabaseLabel>(
        "pg_stat_database_tup_inserted", help: "Number of rows inserted by queries in this database")

    /// Rows updated.
    public static let statDatabaseTupUpdated = Counter<StatDatabaseLabel>(
        "pg_stat_database_tup_updated", help: "Number of rows updated by queries in this database")

    /// Rows deleted.
    public static let statDatabaseTupDeleted = Counter<StatDatabaseLabel>(
        "pg_stat_database_tup_deleted", help: "Number of rows deleted by queries in this database")

    /// Queries cancelled by conflicts with recovery (standbys only).
    public static let statDatabaseConflicts = Counter<StatDatabaseLabel>(
        "pg_stat_database_conflicts",
        help: "Number of queries canceled due to conflicts with recovery in this database.")

    /// Temporary files created by queries.
    public static let statDatabaseTempFiles = Counter<StatDatabaseLabel>(
        "pg_stat_database_temp_files", help: "Number of temporary files created by queries in this database.")

    /// Bytes written to temporary files by queries.
    public static let statDatabaseTempBytes = Counter<StatDatabaseLabel>(
        "pg_stat_database_temp_bytes",
        help: "Total amount of data written to temporary files by queries in this database.")

    /// Deadlocks detected.
    public static let statDatabaseDeadlocks = Counter<StatDatabaseLabel>(
        "pg_stat_database_deadlocks", help: "Number of deadlocks detected in this database")

    /// Milliseconds backends spent reading blocks (with `track_io_timing`).
    public static let statDatabaseBlkReadTime = Counter<StatDatabaseLabel>(
        "pg_stat_database_blk_read_time",
        help: "Time spent reading data file blocks by backends in this database, in milliseconds")

    /// Milliseconds backends spent writing blocks (with `track_io_timing`).
    public static let statDatabaseBlkWriteTime = Counter<StatDatabaseLabel>(
        "pg_stat_database_blk_write_time",
        help: "Time spent writing data file blocks by backends in this database, in milliseconds")

    /// Seconds spent executing statements (PostgreSQL 14 and later).
    public static let statDatabaseActiveTimeSeconds = Counter<StatDatabaseLabel>(
        "pg_stat_database_active_time_seconds_total",
        help: "Time spent executing SQL statements in this database, in seconds", unit: .seconds)

    /// The database's size on disk.
    public static let databaseSizeBytes = Gauge<DatabaseLabel>(
        "pg_database_size_bytes", help: "Disk space used by the database", unit: .bytes)

    /// Locks held, by database and mode.
    public static let locksCount = Gauge<LocksLabel>("pg_locks_count", help: "Number of locks")

    // MARK: - Tables (pg_stat_user_tables)

    /// Sequential scans of the table.
    public static let statUserTablesSeqScan = Counter<TableLabel>(
        "pg_stat_user_tables_seq_scan", help: "Number of sequential scans initiated on this table")

    /// Index scans of the table.
    public static let statUserTablesIdxScan = Counter<TableLabel>(
        "pg_stat_user_tables_idx_scan", help: "Number of index scans initiated on this table")

    /// Live rows, estimated.
    public static let statUserTablesNLiveTup = Gauge<TableLabel>(
        "pg_stat_user_tables_n_live_tup", help: "Estimated number of live rows")

    /// Dead rows, estimated: what vacuum reclaims.
    public static let statUserTablesNDeadTup = Gauge<TableLabel>(
        "pg_stat_user_tables_n_dead_tup", help: "Estimated number of dead rows")

    /// When autovacuum last vacuumed the table, in seconds since the Unix epoch.
    public static let statUserTablesLastAutovacuum = Gauge<TableLabel>(
        "pg_stat_user_tables_last_autovacuum",
        help: "Last time at which this table was vacuumed by the autovacuum daemon")

    /// When autovacuum last analyzed the table, in seconds since the Unix epoch.
    public static let statUserTablesLastAutoanalyze = Gauge<TableLabel>(
        "pg_stat_user_tables_last_autoanalyze",
        help: "Last time at which this table was analyzed by the autovacuum daemon")

    // MARK: - Background writer and replication

    /// Scheduled checkpoints performed.
    public static let statBgwriterCheckpointsTimed = Counter<NoLabels>(
        "pg_stat_bgwriter_checkpoints_timed_total", help: "Number of scheduled checkpoints that have been performed")

    /// Requested checkpoints performed.
    public static let statBgwriterCheckpointsReq = Counter<NoLabels>(
        "pg_stat_bgwriter_checkpoints_req_total", help: "Number of requested checkpoints that have been performed")

    /// Buffers allocated.
    public static let statBgwriterBuffersAlloc = Counter<NoLabels>(
        "pg_stat_bgwriter_buffers_alloc_total", help: "Number of buffers allocated")

    /// 1 when the server is a standby.
    public static let replicationIsReplica = Gauge<NoLabels>(
        "pg_replication_is_replica", help: "Indicates if the server is a replica")

    /// How far a standby's replay lags behind the primary.
    public static let replicationLagSeconds = Gauge<NoLabels>(
        "pg_replication_lag_seconds", help: "Replication lag behind master in seconds", unit: .seconds)

    // MARK: - The exporter

    /// 1 when the exporter's last scrape failed.
    public static let exporterLastScrapeError = Gauge<NoLabels>(
        "pg_exporter_last_scrape_error",
        help: "Whether the last scrape of metrics from PostgreSQL resulted in an error (1 for error, 0 for success).")

    /// How long the exporter's last scrape took.
    public static let exporterLastScrapeDurationSeconds = Gauge<NoLabels>(
        "pg_exporter_last_scrape_duration_seconds", help: "Duration of the last scrape of metrics from PostgreSQL.",
        unit: .seconds)

    /// Scrapes the exporter performed.
    public static let exporterScrapes = Counter<NoLabels>(
        "pg_exporter_scrapes_total", help: "Total number of times PostgreSQL was scraped for metrics.")

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        up.declaration, staticInfo.declaration, postmasterStartTimeSeconds.declaration,
        settingsMaxConnections.declaration, settingsSuperuserReservedConnections.declaration,
        statActivityCount.declaration, statActivityMaxTxDuration.declaration,
        statDatabaseNumbackends.declaration, statDatabaseXactCommit.declaration, statDatabaseXactRollback.declaration,
        statDatabaseBlksRead.declaration, statDatabaseBlksHit.declaration, statDatabaseTupReturned.declaration,
        statDatabaseTupFetched.declaration, statDatabaseTupInserted.declaration, statDatabaseTupUpdated.declaration,
        statDatabaseTupDeleted.declaration, statDatabaseConflicts.declaration, statDatabaseTempFiles.declaration,
        statDatabaseTempBytes.declaration, statDatabaseDeadlocks.declaration, statDatabaseBlkReadTime.declaration,
        statDatabaseBlkWriteTime.declaration, statDatabaseActiveTimeSeconds.declaration,
        databaseSizeBytes.declaration, locksCount.declaration,
        statUserTablesSeqScan.declaration, statUserTablesIdxScan.declaration, statUserTablesNLiveTup.declaration,
        statUserTablesNDeadTup.declaration, statUserTablesLastAutovacuum.declaration,
        statUserTablesLastAutoanalyze.declaration,
        statBgwriterCheckpointsTimed.declaration, statBgwriterCheckpointsReq.declaration,
        statBgwriterBuffersAlloc.declaration, replicationIsReplica.declaration, replicationLagSeconds.declaration,
        exporterLastScrapeError.declaration, exporterLastScrapeDurationSeconds.declaration,
        exporterScrapes.declaration,
    ]
}
