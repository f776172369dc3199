import Vigil

extension Analytics {
    /// The labels of request counts. `endpoint` is the request path and `status` the numeric status code
    /// (`200`, `503`), as the document's middleware sets them.
    enum Request: String, LabelKey { case method, endpoint, status }

    /// The labels of request latency: no status.
    enum Endpoint: String, LabelKey { case method, endpoint }

    /// Per-workspace gauges.
    enum Workspace: String, LabelKey { case workspaceID = "workspace_id" }

    /// Credits are consumed by a workspace's agents.
    enum Consumer: String, LabelKey {
        case workspaceID = "workspace_id"
        case agentID = "agent_id"
    }

    /// The connection pool's `state`: `idle`, `active` or `total`.
    enum PoolState: String, LabelKey { case state }

    /// A cache `operation` (`get`, `set`) and its `result` (`hit`, `miss`).
    enum CacheOperation: String, LabelKey { case operation, result }

    /// A background job's `job_type` and its `status`.
    enum Job: String, LabelKey {
        case jobType = "job_type"
        case status
    }

    /// Every HTTP request the middleware saw.
    static let requests = Counter<Request>("http_requests_total", help: "Total HTTP requests")

    /// Request latency. The document declares it without buckets, so prometheus_client uses its defaults,
    /// listed here.
    static let latency = Histogram<Endpoint>(
        "http_request_duration_seconds", help: "HTTP request latency", unit: .seconds,
        buckets: [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10])

    /// Users active now, per workspace, set by the business-metrics collector.
    static let activeUsers = Gauge<Workspace>("analytics_active_users", help: "Current active users")

    /// Credits consumed, per workspace and agent.
    static let creditsConsumed = Counter<Consumer>(
        "analytics_credits_consumed_total", help: "Total credits consumed")

    /// The database connection pool, by state.
    static let databaseConnections = Gauge<PoolState>("database_connections", help: "Database connection pool status")

    /// Cache gets and sets, with their hit or miss.
    static let cacheOperations = Counter<CacheOperation>("cache_operations_total", help: "Cache operations")

    /// Background (Celery) job executions, by type and outcome.
    static let backgroundJobs = Counter<Job>("background_jobs_total", help: "Background job executions")
}
