/// The metrics Loki serves about itself on `/metrics` (port 3100), by the names, kinds and labels Loki 3
/// exports them with: its requests by route, what its distributor receives and discards, its ingester's
/// streams, its compactor, and panics.
///
/// A stack that declares ``Loki`` scrapes it as the job `loki` with this catalogue:
/// ```swift
/// Service("loki", scrape: .target("loki:3100")) { LokiMetrics.all }
/// ```
public enum LokiMetrics {
    /// The labels of Loki's request metrics.
    public enum RequestLabel: String, LabelKey {
        /// The HTTP method, or `gRPC`.
        case method
        /// The route, e.g. `loki_api_v1_push` or `loki_api_v1_query_range`.
        case route
        /// The response's status code, e.g. `200`.
        case statusCode = "status_code"
        /// Whether the request is a websocket (`true`, `false`).
        case ws
    }

    /// The labels of discarded samples.
    public enum DiscardLabel: String, LabelKey {
        /// Why the lines were discarded, e.g. `rate_limited`, `line_too_long`, `greater_than_max_sample_age`.
        case reason
        /// The tenant, `fake` when Loki runs without authentication.
        case tenant
    }

    /// The label of per-tenant ingestion counters.
    public enum TenantLabel: String, LabelKey {
        /// The tenant, `fake` when Loki runs without authentication.
        case tenant
    }

    /// The label of the compactor's table operations.
    public enum StatusLabel: String, LabelKey {
        /// `success` or `failure`.
        case status
    }

    /// The time Loki took to answer requests, by route and status: its `_count` counts the requests.
    public static let requestDuration = Histogram<RequestLabel>(
        "loki_request_duration_seconds", help: "Time (in seconds) spent serving HTTP requests.", unit: .seconds,
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100])

    /// Log lines the distributor received, by tenant.
    public static let distributorLinesReceived = Counter<TenantLabel>(
        "loki_distributor_lines_received_total", help: "The total number of lines received per tenant.")

    /// Uncompressed bytes of log lines the distributor received, by tenant.
    public static let distributorBytesReceived = Counter<TenantLabel>(
        "loki_distributor_bytes_received_total", help: "The total number of uncompressed bytes received per tenant.",
        unit: .bytes)

    /// Log lines Loki refused to store, by reason and tenant.
    public static let discardedSamples = Counter<DiscardLabel>(
        "loki_discarded_samples_total", help: "The total number of samples that were discarded.")

    /// The streams the ingester holds in memory.
    public static let ingesterMemoryStreams = Gauge<TenantLabel>(
        "loki_ingester_memory_streams", help: "The total number of streams in memory per tenant.")

    /// Chunks the ingester flushed to storage.
    public static let ingesterChunksFlushed = Counter<NoLabels>(
        "loki_ingester_chunks_flushed_total", help: "Total flushed chunks.")

    /// The compactor's runs over the index tables, by outcome.
    public static let compactTablesOperations = Counter<StatusLabel>(
        "loki_boltdb_shipper_compact_tables_operation_total", help: "Total number of tables compaction done by status.")

    /// Panics Loki recovered from.
    public static let panics = Counter<NoLabels>("loki_panic_total", help: "The total number of panics triggered.")

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        requestDuration.declaration, distributorLinesReceived.declaration, distributorBytesReceived.declaration,
        discardedSamples.declaration, ingesterMemoryStreams.declaration, ingesterChunksFlushed.declaration,
        compactTablesOperations.declaration, panics.declaration,
    ]
}
