import Vigil

/// Aurum: a scenario-modelling platform (FastAPI API, background workers) whose "Enhanced Observability System"
/// document describes its metrics, six SLOs, alert rules and five Grafana dashboards.
enum Aurum {
    /// The Aurum API. The document's applications report through its observability API, so Prometheus scrapes
    /// the one endpoint it documents for that: `GET /v1/observability/metrics`.
    static let api = Service("aurum-api", scrape: .target("api:8000", path: "/v1/observability/metrics")) {
        metrics
        slos
        alerts
    }

    /// The stack: `generated/aurum/`.
    static let stack = Stack("aurum") {
        api
        routing
        sloOverview
        apiPerformance
        businessMetrics
        infrastructure
        alertStatus
        notes
    }
}
