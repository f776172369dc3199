import Vigil

/// StackTemplate, as `specs new StackTemplate` wrote it: one service with its metrics, an alert with its tests,
/// an SLO, routing to Slack and PagerDuty, and a dashboard. Replace them with your own; `make generate` checks
/// them and writes `generated/stacktemplate/`.
enum StackTemplate {
    /// The service, scraped as the job `stacktemplate-api` on `/metrics`.
    static let api = Service(job, scrape: .target("stacktemplate-api:8080")) {
        requests
        latency

        alerts
        availabilitySLO
    }

    /// Prometheus keeps 33 days of samples: the SLO's 30-day window and the 3 days its slowest alert looks back.
    static let prometheus = Prometheus(retention: .days(33))

    /// The stack: `generated/stacktemplate/`. Keep the `: Stack` annotation, which keeps incremental builds fast.
    static let stack: Stack = Stack("stacktemplate", prometheus: prometheus) {
        api
        routing
        overview
        Grafana()
    }
}
