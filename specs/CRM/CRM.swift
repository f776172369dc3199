import Vigil

/// CRM: a Django backend (leads, workflows, search, lead scoring, websockets) with PostgreSQL, Redis and Celery.
/// Its "Observability Stack" document names the metrics, six alerts, three dashboards and the latency targets
/// per operation this stack declares.
enum CRM {
    /// The backend, scraped as the document's job `crm-backend` on its `metrics/` URL (Django serves it with the
    /// trailing slash).
    static let backend = Service(backendJob, scrape: .target("crm-backend:8000", path: "/metrics/")) {
        requestMetrics
        workflowMetrics
        searchMetrics
        websocketMetrics
        leadScoringMetrics
        databaseMetrics
        cacheMetrics
        celeryMetrics
        memoryUsage

        alerts
        latencySLOs
    }

    /// The host the backend runs on, through node_exporter: the CPU and disk I/O panels of the System Health
    /// dashboard, which the backend's own metrics do not cover.
    static let node = Service("node", scrape: .target("node-exporter:9100")) {
        NodeExporterMetrics.all
    }

    /// The stack: `generated/crm/`.
    static let stack = Stack("crm", prometheus: Prometheus(retention: .days(90))) {
        backend
        node
        routing
        requestDashboard
        workflowDashboard
        systemHealthDashboard
        corrections
        notes
    }
}
