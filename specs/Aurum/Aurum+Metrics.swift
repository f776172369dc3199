import Vigil

/// The metrics of Aurum's `metrics.py`. The document names what they measure, not their series: the names
/// here carry its `AURUM_METRICS_PREFIX` (`aurum_`), follow Prometheus's conventions, and take their labels from
/// the calls it shows (`REQUEST_LATENCY.labels(method=, path=)`,
/// `increment_business_transactions("scenario_create", "scenario", "success")`).
extension Aurum {
    // MARK: Labels

    /// An API request: method, route template, status code and tenant ("error rates by endpoint and tenant").
    enum Request: String, LabelKey {
        case method, path, status
        case tenantID = "tenant_id"
    }

    /// The labels of `REQUEST_LATENCY`: method and route template.
    enum Endpoint: String, LabelKey { case method, path }

    /// A business transaction: what (`scenario_create`, `scenario_run`), of which component (`scenario`), and
    /// its outcome (`success` or `failure`): the three arguments of `increment_business_transactions`.
    enum Transaction: String, LabelKey {
        case transactionType = "transaction_type"
        case component, status
    }

    /// A cache lookup: which cache (`scenario`, ...) and whether it was a `hit` or a `miss`.
    enum CacheLookup: String, LabelKey {
        case cacheType = "cache_type"
        case result
    }

    /// A database query: its operation (`insert`, `select`) and table, as `trace_database_query` names them.
    enum DatabaseQuery: String, LabelKey { case operation, table }

    /// A tenant and route refused by the rate limiter.
    enum RateLimited: String, LabelKey {
        case path
        case tenantID = "tenant_id"
    }

    /// A data set whose freshness is tracked.
    enum Dataset: String, LabelKey { case dataset }

    // MARK: API metrics

    /// API requests served.
    static let requests = Counter<Request>(
        "aurum_api_requests_total", help: "API requests, by method, path, status code and tenant.")

    /// `REQUEST_LATENCY`: API request latency. 500 ms, the latency objective's threshold, is a bucket.
    static let requestLatency = Histogram<Endpoint>(
        "aurum_api_request_duration_seconds", help: "API request latency, by method and path.", unit: .seconds,
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10])

    /// Requests the rate limiter refused.
    static let rateLimited = Counter<RateLimited>(
        "aurum_rate_limited_requests_total", help: "Requests refused by the rate limiter, by path and tenant.")

    // MARK: Business metrics

    /// Scenario creations, scenario runs and other business transactions, by outcome.
    static let businessTransactions = Counter<Transaction>(
        "aurum_business_transactions_total", help: "Business transactions, by type, component and status.")

    /// When each data set was last refreshed.
    static let dataLastUpdated = Gauge<Dataset>(
        "aurum_data_last_updated_timestamp_seconds", help: "Unix time of the last successful refresh of a data set.",
        unit: .seconds)

    // MARK: Cache and database metrics

    /// Cache lookups, hits and misses.
    static let cacheLookups = Counter<CacheLookup>(
        "aurum_cache_lookups_total", help: "Cache lookups, by cache and result (hit or miss).")

    /// Database query latency. 1 s, the settings' `slow_query_threshold_ms`, is a bucket.
    static let queryDuration = Histogram<DatabaseQuery>(
        "aurum_db_query_duration_seconds", help: "Database query latency, by operation and table.", unit: .seconds,
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5])

    /// Connections checked out of the database pool.
    static let poolConnectionsInUse = Gauge<NoLabels>(
        "aurum_db_pool_connections_in_use", help: "Database connections checked out of the pool.")

    /// The database pool's size.
    static let poolSize = Gauge<NoLabels>("aurum_db_pool_size", help: "Connections the database pool may hold.")

    /// Every metric the Aurum API exports, with the Python client's process metrics.
    static let metrics: [MetricDeclaration] =
        [
            requests.declaration, requestLatency.declaration, rateLimited.declaration,
            businessTransactions.declaration, dataLastUpdated.declaration, cacheLookups.declaration,
            queryDuration.declaration, poolConnectionsInUse.declaration, poolSize.declaration,
        ] + ProcessMetrics.all
}
