import Vigil

extension CRM {
    // MARK: - Label sets

    /// A request's `method`, `path` and numeric `status` code, as the structured-logging middleware records
    /// them.
    enum Request: String, LabelKey { case method, path, status }

    /// A request's `method` and `path`: latency has no status.
    enum Endpoint: String, LabelKey { case method, path }

    /// A workflow by name, and the outcome of its run (`completed`, `failed`).
    enum WorkflowRun: String, LabelKey { case workflow, status }

    /// A workflow by name.
    enum Workflow: String, LabelKey { case workflow }

    /// The kind of a workflow action, e.g. `send_email`.
    enum Action: String, LabelKey { case actionType = "action_type" }

    /// What was searched: `lead`, `contact`, ...
    enum SearchType: String, LabelKey { case type }

    /// A database query's kind: `select`, `insert`, ...
    enum QueryType: String, LabelKey { case queryType = "query_type" }

    /// A database error's kind, e.g. `timeout`.
    enum DatabaseError: String, LabelKey { case errorType = "error_type" }

    /// A cache `operation` (`get`, `set`) and its `status` (`hit`, `miss`).
    enum CacheOperation: String, LabelKey { case operation, status }

    /// A Celery task by name and its outcome (`success`, `failure`).
    enum CeleryTaskRun: String, LabelKey { case task, status }

    /// A Celery task by name.
    enum CeleryTask: String, LabelKey { case task }

    /// A Celery queue, e.g. `default`.
    enum Queue: String, LabelKey { case queue }

    // MARK: - Requests

    /// Requests handled.
    static let requests = Counter<Request>("http_requests_total", help: "HTTP requests handled.")

    /// Request latency in milliseconds. The document shows quantiles, but its latency targets (per-operation SLOs)
    /// and the per-endpoint p95 panel need a histogram, which aggregates across instances: its buckets include
    /// every target of the two lead endpoints (50, 100, 200 and 500 ms) and the alert's 1 s.
    static let requestDuration = Histogram<Endpoint>(
        "http_request_duration_ms", help: "HTTP request latency in milliseconds.", unit: .milliseconds,
        buckets: [10, 25, 50, 100, 200, 300, 500, 1000, 2000, 5000])

    /// Requests that failed (status 5xx), counted apart from `http_requests_total`.
    static let errors = Counter<Request>("http_errors_total", help: "HTTP requests that failed.")

    @ServiceBuilder static var requestMetrics: [ServiceElement] {
        requests
        requestDuration
        errors
    }

    // MARK: - Workflows

    /// Workflow runs by outcome.
    static let workflowRuns = Counter<WorkflowRun>("workflow_runs_total", help: "Workflow runs by outcome.")

    /// Workflow execution time; buckets at the targets 200 ms, 500 ms and 1 s.
    static let workflowDuration = Histogram<Workflow>(
        "workflow_duration_ms", help: "Workflow execution time in milliseconds.", unit: .milliseconds,
        buckets: [50, 100, 200, 500, 1000, 2000, 5000, 10000])

    /// Workflow actions that failed, by action type.
    static let workflowActionFailures = Counter<Action>(
        "workflow_action_failures_total", help: "Workflow actions that failed.")

    @ServiceBuilder static var workflowMetrics: [ServiceElement] {
        workflowRuns
        workflowDuration
        workflowActionFailures
    }

    // MARK: - Search

    /// Search latency; buckets at the targets 100 ms, 300 ms and 1 s.
    static let searchLatency = Histogram<SearchType>(
        "search_query_latency_ms", help: "Search query latency in milliseconds.", unit: .milliseconds,
        buckets: [25, 50, 100, 300, 1000, 3000])

    /// Search results returned.
    static let searchResults = Counter<SearchType>("search_results_total", help: "Search results returned.")

    /// The share of searches the cache answered, 0 to 1.
    static let searchCacheHitRate = Gauge<SearchType>(
        "search_cache_hit_rate", help: "Share of search queries answered from the cache.", unit: .ratio)

    @ServiceBuilder static var searchMetrics: [ServiceElement] {
        searchLatency
        searchResults
        searchCacheHitRate
    }

    // MARK: - WebSockets

    /// Open websocket connections.
    static let websocketConnections = Gauge<NoLabels>(
        "websocket_active_connections_gauge", help: "Open websocket connections.")

    /// Websocket messages sent.
    static let websocketMessagesSent = Counter<NoLabels>(
        "websocket_messages_sent_total", help: "Websocket messages sent.")

    /// How long websocket connections stay open, from a second to an hour.
    static let websocketConnectionDuration = Histogram<NoLabels>(
        "websocket_connection_duration_seconds", help: "Websocket connection lifetime in seconds.", unit: .seconds,
        buckets: [1, 10, 60, 300, 900, 3600])

    @ServiceBuilder static var websocketMetrics: [ServiceElement] {
        websocketConnections
        websocketMessagesSent
        websocketConnectionDuration
    }

    // MARK: - Lead scoring

    /// Lead score calculation time; buckets at the targets 20, 50 and 100 ms.
    static let leadScoreDuration = Histogram<NoLabels>(
        "lead_score_calculation_duration_ms", help: "Lead score calculation time in milliseconds.",
        unit: .milliseconds, buckets: [5, 10, 20, 50, 100, 250, 500])

    /// The share of lead scores served from the cache, 0 to 1.
    static let leadScoreCacheHitRate = Gauge<NoLabels>(
        "lead_score_cache_hit_rate", help: "Share of lead scores served from the cache.", unit: .ratio)

    /// Lead scores recalculated.
    static let leadScoreRecalculations = Counter<NoLabels>(
        "lead_score_recalculations_total", help: "Lead scores recalculated.")

    @ServiceBuilder static var leadScoringMetrics: [ServiceElement] {
        leadScoreDuration
        leadScoreCacheHitRate
        leadScoreRecalculations
    }

    // MARK: - Database

    /// Connections of the pool in use.
    static let databaseConnections = Gauge<NoLabels>(
        "db_connections_active_gauge", help: "Database connections in use.")

    /// Query time by kind of query.
    static let databaseQueryDuration = Histogram<QueryType>(
        "db_query_duration_ms", help: "Database query time in milliseconds.", unit: .milliseconds,
        buckets: [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500])

    /// Database errors by kind.
    static let databaseErrors = Counter<DatabaseError>("db_errors_total", help: "Database errors.")

    /// Times a request found every pooled connection in use.
    static let databasePoolExhaustions = Counter<NoLabels>(
        "db_pool_exhausted_total", help: "Times the database connection pool was exhausted.")

    @ServiceBuilder static var databaseMetrics: [ServiceElement] {
        databaseConnections
        databaseQueryDuration
        databaseErrors
        databasePoolExhaustions
    }

    // MARK: - Cache (Redis)

    /// The share of cache reads that hit, 0 to 1.
    static let cacheHitRate = Gauge<NoLabels>(
        "cache_hit_rate_gauge", help: "Share of cache reads that hit.", unit: .ratio)

    /// Cache operations and their outcome.
    static let cacheOperations = Counter<CacheOperation>("cache_operations_total", help: "Cache operations.")

    /// Keys the cache evicted.
    static let cacheEvictions = Counter<NoLabels>("cache_evictions_total", help: "Cache keys evicted.")

    @ServiceBuilder static var cacheMetrics: [ServiceElement] {
        cacheHitRate
        cacheOperations
        cacheEvictions
    }

    // MARK: - Celery

    /// Celery task runs by outcome.
    static let celeryTasks = Counter<CeleryTaskRun>("celery_tasks_total", help: "Celery task runs by outcome.")

    /// Celery task run time, from 100 ms to 5 minutes.
    static let celeryTaskDuration = Histogram<CeleryTask>(
        "celery_task_duration_seconds", help: "Celery task run time in seconds.", unit: .seconds,
        buckets: [0.1, 0.5, 1, 5, 10, 30, 60, 300])

    /// Tasks waiting in a queue.
    static let celeryQueueLength = Gauge<Queue>("celery_queue_length_gauge", help: "Celery tasks waiting.")

    @ServiceBuilder static var celeryMetrics: [ServiceElement] {
        celeryTasks
        celeryTaskDuration
        celeryQueueLength
    }

    // MARK: - Process

    /// The backend's memory, which the document's troubleshooting guide watches for leaks.
    static let memoryUsage = Gauge<NoLabels>("memory_usage_bytes", help: "Backend process memory.", unit: .bytes)
}
