import Vigil

/// Procur: an AI procurement platform (FastAPI, SQLAlchemy, Redis, Celery) that negotiates with vendors and calls
/// Slack, DocuSign and an ERP. Its "Observability & Monitoring - Implementation Summary" names the metrics, the
/// alerts, the three dashboards and the routing this stack declares.
enum Procur {
    /// The Procur API, scraped on its `/metrics` endpoint: every metric of `metrics.py` and the summary's alerts,
    /// each with a test that fires it and one that keeps it quiet.
    static let api = Service("procur-api", scrape: .target("procur-api:8000", path: "/metrics")) {
        metrics

        negotiationAlerts
        integrationAlerts
        systemAlerts
        securityAlerts
    }

    /// The stack: `generated/procur/`.
    static let stack = Stack("procur") {
        api
        routing
        negotiationDashboard
        systemHealthDashboard
        integrationDashboard
        notes
    }
}
