import Vigil

/// Procur: an AI procurement platform (FastAPI, SQLAlchemy, Redis, Celery) that negotiates with vendors and calls
/// Slack, DocuSign and an ERP. Its "Observability & Monitoring - Implementation Summary" names the metrics, the
/// alerts, the three dashboards, the routing and the containers (Prometheus, Grafana, Jaeger) this stack declares.
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

    /// The stack: `generated/procur/`. It joins the network of Procur's own compose project (`procur_default`),
    /// where the API answers as `procur-api`.
    static let stack: Stack = Stack("procur", network: .external("procur_default")) {
        api
        routing
        // `scripts/start_monitoring.sh` ran Jaeger, Prometheus and Grafana; Loki keeps the JSON logs of
        // `logging.py`, which Alloy reads from the containers' output.
        Grafana()
        Loki(retention: .days(14), logs: [.containers()])
        Tracing(.jaeger, retention: .days(7))
        negotiationDashboard
        systemHealthDashboard
        integrationDashboard
        notes
    }
}
