import VigilDSL

/// The service whose SLOs the SLO benchmark measures, declared as a team would: the synthetic traffic's request
/// counter and latency histogram, an availability SLO (5xx over all requests, 99.9% over 30 days) and a latency
/// SLO (requests slower than 300 ms, 99% over 30 days). Prometheus keeps 33 days, so that the window and its
/// slowest alert window fit.
enum SLOBenchmarkStack {
    /// The service's name, its scrape job (the data's `job` label).
    static let service = TrafficShape().job
    /// The availability SLO's name.
    static let availability = "availability"
    /// The latency SLO's name.
    static let latency = "latency-300ms"

    /// The stack, with `shape`'s metrics; its latency SLO's threshold is the shape's.
    static func stack(_ shape: TrafficShape = TrafficShape()) -> Stack {
        let requests = Counter<RequestLabel>(shape.requestsMetric, help: "HTTP requests handled.")
        let latency = Histogram<RequestLabel>(
            shape.latencyMetric, help: "HTTP request latency.", unit: .seconds, buckets: shape.buckets)
        let threshold = Duration.milliseconds(Int64((shape.latencyThreshold * 1000).rounded()))
        let receiver = Receiver("default", .webhook(url: "https://hooks.example.com/alerts"))
        return Stack("slo-bench", prometheus: Prometheus(retention: .days(33))) {
            Service(service, scrape: .target("\(service):8080")) {
                [requests.declaration, latency.declaration]
                SLO(availability, objective: 99.9%, window: .days(30)) {
                    Ratio(errors: requests.where(.status, matches: "5.."), total: requests)
                }
                SLO(Self.latency, objective: 99%, window: .days(30)) {
                    Latency(latency, below: threshold)
                }
            }
            Alertmanager(defaultReceiver: receiver)
        }
    }

    /// The benchmark's name for each SLO: `availability` or `latency`.
    static func kind(of slo: String) -> String {
        slo == availability ? "availability" : "latency"
    }
}
