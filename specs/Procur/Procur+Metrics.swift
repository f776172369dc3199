import Vigil

/// The metrics of Procur's `metrics.py`, with exactly the names and kinds its observability summary lists. Where
/// the summary names a metric's labels ("by outcome", "by integration, method, status") they are those; elsewhere
/// they are the arguments its `track_*` helpers take (`vendor`, `category`), kept few to bound cardinality.
extension Procur {
    // MARK: Labels

    /// A negotiation's vendor and purchase category, as `track_negotiation_started("Salesforce", "CRM")` passes
    /// them.
    enum Negotiation: String, LabelKey { case vendor, category }

    /// A completed negotiation: vendor, category and its outcome (`success`, `failed` or `cancelled`).
    enum CompletedNegotiation: String, LabelKey { case vendor, category, outcome }

    /// Per-vendor figures.
    enum Vendor: String, LabelKey { case vendor }

    /// One call to an external system: which (`slack`, `docusign`, `erp`), which operation, and `success` or
    /// `error`.
    enum IntegrationCall: String, LabelKey { case integration, method, status }

    /// The operation of an integration call, for its latency.
    enum IntegrationOperation: String, LabelKey { case integration, method }

    /// A failed integration call and what went wrong (`timeout`, `http_5xx`, ...).
    enum IntegrationError: String, LabelKey {
        case integration
        case errorType = "error_type"
    }

    /// The type of a domain event (`negotiation.completed`, `contract.signed`, ...).
    enum Event: String, LabelKey {
        case eventType = "event_type"
    }

    /// A processed event and its outcome (`success` or `failed`).
    enum ProcessedEvent: String, LabelKey {
        case eventType = "event_type"
        case status
    }

    /// An HTTP request to the FastAPI application: method, route template and status code (`200`, `401`, `503`).
    enum Request: String, LabelKey { case method, endpoint, status }

    /// The route of an HTTP request, for its latency.
    enum Endpoint: String, LabelKey { case method, endpoint }

    // MARK: Negotiation metrics

    /// Negotiations started.
    static let negotiationsStarted = Counter<Negotiation>(
        "procur_negotiation_started_total", help: "Negotiations started, by vendor and category.")

    /// Negotiations completed, by outcome.
    static let negotiationsCompleted = Counter<CompletedNegotiation>(
        "procur_negotiation_completed_total", help: "Negotiations completed, by vendor, category and outcome.")

    /// How long a negotiation takes from start to outcome: minutes to a day.
    static let negotiationDuration = Histogram<Negotiation>(
        "procur_negotiation_duration_seconds", help: "Time from the start of a negotiation to its outcome.",
        unit: .seconds, buckets: [60, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400])

    /// How many offer rounds a negotiation takes.
    static let negotiationRounds = Histogram<Negotiation>(
        "procur_negotiation_rounds", help: "Offer rounds per completed negotiation.", unit: .count,
        buckets: [1, 2, 3, 4, 5, 6, 8, 10])

    /// The dollars each negotiation saved. prometheus_client's summaries export only `_sum` and `_count`, no
    /// quantiles.
    static let costSavings = Summary<Negotiation>(
        "procur_cost_savings_dollars", help: "Dollars saved per completed negotiation.", unit: .other("dollars"),
        quantiles: [])

    /// Each vendor's share of successful negotiations, as the application computes it.
    static let negotiationSuccessRate = Gauge<Vendor>(
        "procur_negotiation_success_rate", help: "Share of a vendor's completed negotiations that succeeded (0 to 1).",
        unit: .ratio)

    /// Negotiations in progress.
    static let activeNegotiations = Gauge<NoLabels>(
        "procur_active_negotiations", help: "Negotiations currently in progress.")

    // MARK: Integration metrics

    /// Calls to Slack, DocuSign and the ERP.
    static let integrationCalls = Counter<IntegrationCall>(
        "procur_integration_calls_total", help: "Calls to external systems, by integration, method and status.")

    /// How long those calls take. 5 s, the latency alert's threshold, is a bucket.
    static let integrationLatency = Histogram<IntegrationOperation>(
        "procur_integration_latency_seconds", help: "Latency of calls to external systems.", unit: .seconds,
        buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30])

    /// Failed calls, by what went wrong.
    static let integrationErrors = Counter<IntegrationError>(
        "procur_integration_errors_total", help: "Failed calls to external systems, by integration and error type.")

    // MARK: Event metrics

    /// Domain events published to the event bus.
    static let eventsPublished = Counter<Event>(
        "procur_events_published_total", help: "Events published, by event type.")

    /// Events the consumers processed, by status.
    static let eventsProcessed = Counter<ProcessedEvent>(
        "procur_events_processed_total", help: "Events processed, by event type and status.")

    /// How long processing one event takes.
    static let eventProcessingDuration = Histogram<Event>(
        "procur_event_processing_duration_seconds", help: "Time to process one event.", unit: .seconds,
        buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10])

    // MARK: API metrics

    /// HTTP requests served.
    static let requests = Counter<Request>(
        "procur_http_requests_total", help: "HTTP requests, by method, endpoint and status code.")

    /// HTTP request latency. 2 s, the API latency alert's threshold, is a bucket.
    static let requestDuration = Histogram<Endpoint>(
        "procur_http_request_duration_seconds", help: "HTTP request latency, by method and endpoint.", unit: .seconds,
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10])

    // MARK: System metrics

    /// Users with an active session.
    static let activeUsers = Gauge<NoLabels>("procur_active_users", help: "Users with an active session.")

    /// Database connections checked out of SQLAlchemy's pool.
    static let databaseConnections = Gauge<NoLabels>(
        "procur_database_connections", help: "Database connections in use.")

    /// Every metric the Procur API exports.
    static let metrics: [MetricDeclaration] = [
        negotiationsStarted.declaration, negotiationsCompleted.declaration, negotiationDuration.declaration,
        negotiationRounds.declaration, costSavings.declaration, negotiationSuccessRate.declaration,
        activeNegotiations.declaration, integrationCalls.declaration, integrationLatency.declaration,
        integrationErrors.declaration, eventsPublished.declaration, eventsProcessed.declaration,
        eventProcessingDuration.declaration, requests.declaration, requestDuration.declaration,
        activeUsers.declaration, databaseConnections.declaration,
    ]
}
