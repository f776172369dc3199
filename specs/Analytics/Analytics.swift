import Vigil

/// Analytics: a FastAPI service that tracks workspaces' users and the credits their agents consume, with
/// Celery background jobs, PostgreSQL and Redis. Its monitoring document ("Monitoring and Logging") names the
/// metrics, the five alerts and the dashboard this stack declares.
enum Analytics {
    /// The analytics backend, scraped on its `/metrics` endpoint. The service is named `analytics` because the
    /// document labels its alerts `service: analytics`, and Vigil gives every alert its service's name.
    /// The document evaluates its alerts every 30 seconds (`interval: 30s`).
    static let backend = Service(
        "analytics", scrape: .target("analytics-backend:8000", path: "/metrics"), ruleInterval: .seconds(30)
    ) {
        requests
        latency
        activeUsers
        creditsConsumed
        databaseConnections
        cacheOperations
        backgroundJobs

        alerts
    }

    /// The stack: `generated/analytics/`. It joins the application's compose network, where the backend answers
    /// as `analytics-backend`.
    static let stack: Stack = Stack("analytics", network: .external("analytics_default")) {
        backend
        routing
        serviceDashboard
        corrections
        notes

        Grafana()
        // The document ships logs with Fluentd to Elasticsearch; here Alloy reads every container's JSON output
        // into Loki, labelled with its compose service.
        Loki(logs: [.containers()])
        // The backend's OpenTelemetry SDK exports spans over OTLP to `jaeger:4317`, as the document configures.
        Tracing(.jaeger)
        // The memory of the analytics containers (`HighMemoryUsage`), as job `cadvisor`.
        CAdvisor()
        // The backend's comprehensive health check (database, Redis, the main app), answering 503 when unhealthy.
        BlackboxExporter(failureSeverity: .warning) {
            Probe.http("http://analytics-backend:8000/health")
        }
    }
}
