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

    /// The stack: `generated/crm/`. It joins the application's compose network, where the backend answers as
    /// `crm-backend`, and keeps 90 days of metrics, the document's retention.
    static let stack: Stack = Stack(
        "crm", prometheus: Prometheus(retention: .days(90)), network: .external("crm_default")
    ) {
        backend
        routing
        requestDashboard
        workflowDashboard
        systemHealthDashboard
        corrections
        notes

        Grafana()
        // The backend logs JSON to stdout and to files; Alloy reads every container's output into Loki, which
        // keeps it 30 days, the document's retention.
        Loki(retention: .days(30), logs: [.containers()])
        // Spans over OTLP to `jaeger:4317`; the document's sampling (10%, all errors and slow requests) is the
        // backend's.
        Tracing(.jaeger)
        // The host's CPU and disk I/O for the System Health dashboard, as job `node`.
        // The host's rule pack, tuned for node-exporter in a container (`ComposeHostPack`).
        NodeExporter(pack: ComposeHostPack.overrides)
    }
}
