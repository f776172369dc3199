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

    /// cAdvisor, for the memory of the analytics containers (the document's `HighMemoryUsage`).
    static let cadvisor = Service("cadvisor", scrape: .target("cadvisor:8080")) {
        CAdvisorMetrics.all
    }

    /// The stack: `generated/analytics/`.
    static let stack = Stack("analytics") {
        backend
        cadvisor
        routing
        serviceDashboard
        corrections
        notes
    }
}
