import Vigil

/// Aurum: a scenario-modelling platform (FastAPI API, background workers) whose "Enhanced Observability System"
/// document describes its metrics, six SLOs, alert rules, five Grafana dashboards and health checks.
enum Aurum {
    /// The Aurum API. The document's applications report through its observability API, so Prometheus scrapes
    /// the one endpoint it documents for that: `GET /v1/observability/metrics`. On Kubernetes, its Service is
    /// labelled `app.kubernetes.io/name: aurum-api` and names its port `http`.
    static let api = Service(
        "aurum-api",
        scrape: .target("api:8000", path: "/v1/observability/metrics")
            .kubernetes(.service(["app.kubernetes.io/name": "aurum-api"], port: "http"))
    ) {
        metrics
        slos
        alerts
    }

    /// The stack: `generated/aurum/`. It joins the network of Aurum's own compose project (`aurum_default`),
    /// where the API answers as `api`; it is generated for Kubernetes too, in the namespace `aurum`.
    static let stack: Stack = Stack(
        "aurum", prometheus: Prometheus(retention: .days(33)), network: .external("aurum_default"),
        kubernetes: Kubernetes(namespace: "aurum")
    ) {
        api
        routing
        Grafana()
        // The document stores its JSON logs in "JSON/ELK"; here Loki keeps them for the settings'
        // `log_retention_days` (30), read by Alloy from the containers' output.
        Loki(retention: .days(30), logs: [.containers()])
        // The health endpoint reports the observability system's status; a failing probe fires `ProbeFailed`.
        BlackboxExporter {
            Probe.http("http://api:8000/v1/observability/health")
        }
        sloOverview
        apiPerformance
        businessMetrics
        infrastructure
        alertStatus
        notes
    }
}
