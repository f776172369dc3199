/// The metrics of oliver006's redis_exporter, by the names, kinds and labels it exports them with:
/// availability, clients, memory, keyspace, commands, persistence and replication.
///
/// Declare the whole catalogue on the service that scrapes the exporter:
/// ```swift
/// Service("redis", scrape: .target("redis-exporter:9121")) { RedisExporterMetrics.all }
/// ```
///
/// Swift names follow the metric names: the `redis_` prefix and the `_total` suffix dropped, the rest in
/// lowerCamelCase (`redis_keyspace_hits_total` is ``keyspaceHits``).
public enum RedisExporterMetrics {
    // MARK: - Label sets

    /// The label of per-database metrics.
    public enum DatabaseLabel: String, LabelKey {
        /// The database, e.g. `db0`.
        case db
    }

    /// The label of per-command metrics.
    public enum CommandLabel: String, LabelKey {
        /// The command, e.g. `get`.
        case cmd
    }

    /// The labels of the server's description.
    public enum InstanceInfoLabel: String, LabelKey {
        /// `master` or `slave`.
        case role
        /// The server's version, e.g. `7.2.4`.
        case redisVersion = "redis_version"
        /// The server's build id.
        case redisBuildId = "redis_build_id"
        /// `standalone`, `sentinel` or `cluster`.
        case redisMode = "redis_mode"
        /// The host's operating system.
        case os
        /// The eviction policy, e.g. `allkeys-lru`.
        case maxmemoryPolicy = "maxmemory_policy"
        /// The port the server listens on.
        case tcpPort = "tcp_port"
        /// The server process's random id.
        case runId = "run_id"
        /// The server's process id.
        case processId = "process_id"
        /// The replication id of the master.
        case masterReplid = "master_replid"
    }

    /// The label of the exporter's scrape errors.
    public enum ScrapeErrorLabel: String, LabelKey {
        /// The error message.
        case err
    }

    // MARK: - Availability and clients

    /// 1 when the exporter could reach the server in the last scrape.
    public static let up = Gauge<NoLabels>("redis_up", help: "Information about the Redis instance")

    /// Seconds since the server started.
    public static let uptimeInSeconds = Gauge<NoLabels>(
        "redis_uptime_in_seconds", help: "uptime_in_seconds metric", unit: .seconds)

    /// The server's description; always 1.
    public static let instanceInfo = Gauge<InstanceInfoLabel>(
        "redis_instance_info", help: "Information about the Redis instance")

    /// Clients connected.
    public static let connectedClients = Gauge<NoLabels>("redis_connected_clients", help: "connected_clients metric")

    /// Clients blocked in a blocking call (BLPOP, ...).
    public static let blockedClients = Gauge<NoLabels>("redis_blocked_clients", help: "blocked_clients metric")

    /// The server's `maxclients` setting.
    public static let configMaxclients = Gauge<NoLabels>("redis_config_maxclients", help: "config_maxclients metric")

    /// Connections accepted.
    public static let connectionsReceived = Counter<NoLabels>(
        "redis_connections_received_total", help: "connections_received_total metric")

    /// Connections rejected because of `maxclients`.
    public static let rejectedConnections = Counter<NoLabels>(
        "redis_rejected_connections_total", help: "rejected_connections_total metric")

    // MARK: - Memory

    /// Memory the server allocated.
    public static let memoryUsedBytes = Gauge<NoLabels>(
        "redis_memory_used_bytes", help: "memory_used_bytes metric", unit: .bytes)

    /// The server's resident set size.
    public static let memoryUsedRssBytes = Gauge<NoLabels>(
        "redis_memory_used_rss_bytes", help: "memory_used_rss_bytes metric", unit: .bytes)

    /// The most memory the server allocated.
    public static let memoryUsedPeakBytes = Gauge<NoLabels>(
        "redis_memory_used_peak_bytes", help: "memory_used_peak_bytes metric", unit: .bytes)

    /// The server's `maxmemory` setting; 0 when unlimited.
    public static let memoryMaxBytes = Gauge<NoLabels>(
        "redis_memory_max_bytes", help: "memory_max_bytes metric", unit: .bytes)

    /// Resident memory divided by allocated memory.
    public static let memFragmentationRatio = Gauge<NoLabels>(
        "redis_mem_fragmentation_ratio", help: "mem_fragmentation_ratio metric", unit: .ratio)

    // MARK: - Keyspace

    /// Key lookups that found the key.
    public static let keyspaceHits = Counter<NoLabels>("redis_keyspace_hits_total", help: "keyspace_hits_total metric")

    /// Key lookups that missed.
    public static let keyspaceMisses = Counter<NoLabels>(
        "redis_keyspace_misses_total", help: "keyspace_misses_total metric")

    /// Keys evicted because of `maxmemory`.
    public static let evictedKeys = Counter<NoLabels>("redis_evicted_keys_total", help: "evicted_keys_total metric")

    /// Keys that expired.
    public static let expiredKeys = Counter<NoLabels>("redis_expired_keys_total", help: "expired_keys_total metric")

    /// Keys in a database.
    public static let dbKeys = Gauge<DatabaseLabel>("redis_db_keys", help: "Total number of keys by DB")

    /// Keys with an expiry in a database.
    public static let dbKeysExpiring = Gauge<DatabaseLabel>(
        "redis_db_keys_expiring", help: "Total number of expiring keys by DB")

    /// The average time to live of a database's keys with an expiry.
    public static let dbAvgTtlSeconds = Gauge<DatabaseLabel>(
        "redis_db_avg_ttl_seconds", help: "Avg TTL in seconds", unit: .seconds)

    // MARK: - Commands and traffic

    /// Commands processed.
    public static let commandsProcessed = Counter<NoLabels>(
        "redis_commands_processed_total", help: "commands_processed_total metric")

    /// Calls of each command.
    public static let commands = Counter<CommandLabel>(
        "redis_commands_total", help: "Total number of calls per command")

    /// Seconds spent in each command.
    public static let commandsDurationSeconds = Counter<CommandLabel>(
        "redis_commands_duration_seconds_total", help: "Total amount of time in seconds spent per command",
        unit: .seconds)

    /// Bytes received from clients.
    public static let netInputBytes = Counter<NoLabels>(
        "redis_net_input_bytes_total", help: "net_input_bytes_total metric", unit: .bytes)

    /// Bytes sent to clients.
    public static let netOutputBytes = Counter<NoLabels>(
        "redis_net_output_bytes_total", help: "net_output_bytes_total metric", unit: .bytes)

    /// CPU seconds the server spent in the kernel.
    public static let cpuSysSeconds = Counter<NoLabels>(
        "redis_cpu_sys_seconds_total", help: "cpu_sys_seconds_total metric", unit: .seconds)

    /// CPU seconds the server spent in user space.
    public static let cpuUserSeconds = Counter<NoLabels>(
        "redis_cpu_user_seconds_total", help: "cpu_user_seconds_total metric", unit: .seconds)

    // MARK: - Persistence and replication

    /// 1 when the last RDB save succeeded.
    public static let rdbLastBgsaveStatus = Gauge<NoLabels>(
        "redis_rdb_last_bgsave_status", help: "rdb_last_bgsave_status metric")

    /// Changes since the last RDB save.
    public static let rdbChangesSinceLastSave = Gauge<NoLabels>(
        "redis_rdb_changes_since_last_save", help: "rdb_changes_since_last_save metric")

    /// When the last RDB save happened, in seconds since the Unix epoch.
    public static let rdbLastSaveTimestampSeconds = Gauge<NoLabels>(
        "redis_rdb_last_save_timestamp_seconds", help: "rdb_last_save_timestamp_seconds metric", unit: .seconds)

    /// 1 when the last AOF rewrite succeeded.
    public static let aofLastBgrewriteStatus = Gauge<NoLabels>(
        "redis_aof_last_bgrewrite_status", help: "aof_last_bgrewrite_status metric")

    /// Replicas connected to this master.
    public static let connectedSlaves = Gauge<NoLabels>("redis_connected_slaves", help: "connected_slaves metric")

    /// 1 when this replica's link to its master is up.
    public static let masterLinkUp = Gauge<NoLabels>("redis_master_link_up", help: "master_link_up metric")

    // MARK: - The exporter

    /// 1 when the exporter's last scrape failed, labelled by the error.
    public static let exporterLastScrapeError = Gauge<ScrapeErrorLabel>(
        "redis_exporter_last_scrape_error", help: "The last scrape error status.")

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        up.declaration, uptimeInSeconds.declaration, instanceInfo.declaration, connectedClients.declaration,
        blockedClients.declaration, configMaxclients.declaration, connectionsReceived.declaration,
        rejectedConnections.declaration,
        memoryUsedBytes.declaration, memoryUsedRssBytes.declaration, memoryUsedPeakBytes.declaration,
        memoryMaxBytes.declaration, memFragmentationRatio.declaration,
        keyspaceHits.declaration, keyspaceMisses.declaration, evictedKeys.declaration, expiredKeys.declaration,
        dbKeys.declaration, dbKeysExpiring.declaration, dbAvgTtlSeconds.declaration,
        commandsProcessed.declaration, commands.declaration, commandsDurationSeconds.declaration,
        netInputBytes.declaration, netOutputBytes.declaration, cpuSysSeconds.declaration, cpuUserSeconds.declaration,
        rdbLastBgsaveStatus.declaration, rdbChangesSinceLastSave.declaration, rdbLastSaveTimestampSeconds.declaration,
        aofLastBgrewriteStatus.declaration, connectedSlaves.declaration, masterLinkUp.declaration,
        exporterLastScrapeError.declaration,
    ]
}
