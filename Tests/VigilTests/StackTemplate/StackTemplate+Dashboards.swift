import Vigil

extension StackTemplate {
    /// The service at a glance: its traffic, the share of failed requests and its 95th percentile latency.
    static let overview = Dashboard("StackTemplate Overview") {
        Row("Requests") {
            TimeSeries("Request Rate", unit: .requestsPerSecond) {
                sum(rate(requests, over: .minutes(5)), by: [.method])
            }
            .legendFormat("{{method}}")
            TimeSeries("Error Rate", unit: .percentUnit) {
                sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5)))
                    / sum(rate(requests, over: .minutes(5)))
            }
            .legendFormat("5xx")
            .thresholds(Thresholds(.green, .at(0.05, .red)))
            TimeSeries("P95 Latency", unit: .seconds) {
                histogramQuantile(0.95, latency, over: .minutes(5))
            }
            .legendFormat("p95")
        }
    }
}
