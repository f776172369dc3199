import Vigil

extension Analytics {
    /// The service's 95th percentile latency: one line, from the buckets of every endpoint and instance.
    static let p95Latency = histogramQuantile(0.95, latency, over: .minutes(5))

    /// The document's "Analytics Service Dashboard": its five panels, in its order.
    static let serviceDashboard = Dashboard(
        "Analytics Service Dashboard", tags: ["analytics"],
        description: "Traffic, errors, latency, users and credits of the analytics service."
    ) {
        Row("Traffic") {
            TimeSeries("Request Rate", unit: .requestsPerSecond) {
                sum(rate(requests, over: .minutes(5)), by: [.method])
            }
            .legendFormat("{{method}}")
            TimeSeries("Error Rate", unit: .percentUnit) {
                sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5)))
                    / sum(rate(requests, over: .minutes(5)))
            }
            .legendFormat("5xx")
            .min(0)
            .thresholds(Thresholds(.green, .at(0.05, .red)))
            TimeSeries("P95 Latency", unit: .seconds) { p95Latency }
                .legendFormat("p95")
                .thresholds(Thresholds(.green, .at(1, .red)))
        }
        Row("Usage") {
            Stat("Active Users", unit: .short) { sum(activeUsers) }
            // Credits per second, averaged over an hour as in the document: a smooth line for a bursty counter.
            TimeSeries("Credits Consumed", unit: .short) {
                sum(rate(creditsConsumed, over: .hours(1)))
            }
            .legendFormat("credits/s")
        }
    }
}
