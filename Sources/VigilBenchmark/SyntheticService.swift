import VigilDSL

/// One service of the synthetic stack: ten metrics, five alerts, two SLOs and a twelve-panel dashboard.
struct SyntheticService: Sendable {
    /// The service's position in the stack, which makes its names unique.
    let index: Int
    /// The service's metrics.
    let metrics: SyntheticMetrics

    init(index: Int) {
        self.index = index
        metrics = SyntheticMetrics(prefix: "svc\(index)")
    }

    /// The service's name, which is its scrape job.
    var name: String { "service-\(index)" }

    /// The service as the stack holds it.
    var service: Service {
        Service(name, scrape: .target("\(name):8080")) {
            metrics.all
            alerts
            availability
            latencyObjective
            dashboard
        }
    }

    /// Half the requests answered within 500 ms, a bucket boundary of the latency histogram.
    var latencyObjective: SLO {
        SLO("latency-500ms", objective: 99%, runbook: runbook("slo-latency")) {
            Latency(metrics.latency, below: .milliseconds(500))
        }
    }

    /// 99.9% of requests succeed.
    var availability: SLO {
        SLO("availability", objective: 99.9%, runbook: runbook("slo-availability")) {
            Ratio(errors: metrics.requests.where(.status, matches: "5.."), total: metrics.requests)
        }
    }

    /// The runbook page of one of the service's alerts.
    func runbook(_ page: String) -> String { "https://runbooks.example.com/\(name)/\(page)" }
}
