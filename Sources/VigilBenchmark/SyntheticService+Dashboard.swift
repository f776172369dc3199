import VigilDSL

extension SyntheticService {
    /// The thresholds every panel carries.
    static let thresholds = Thresholds(.green, .at(0.8, .orange), .at(0.95, .red))

    /// The service's dashboard.
    var dashboard: Dashboard { dashboard(title: "Service \(index)") }

    /// Twelve panels (eight time series of two queries, two stats, a gauge and a table) and two variables,
    /// each panel with a unit and thresholds.
    func dashboard(title: String) -> Dashboard {
        let requests = metrics.requests.where(.route, matches: "$route")
        let jobs = metrics.jobs.where(.queue, matches: "$queue")
        return Dashboard(title, description: "Synthetic service \(index).") {
            Variable("route", .labelValues(.route, of: metrics.requests), multi: true, includeAll: true)
            Variable("queue", .labelValues(.queue, of: metrics.jobs), multi: true, includeAll: true)
            Row("Requests") {
                TimeSeries("Request rate", unit: .requestsPerSecond) {
                    Query(sum(rate(requests, over: .minutes(5)), by: [.method]), legendFormat: "{{method}}")
                    Query(sum(rate(requests, over: .hours(1)), by: [.method]), legendFormat: "{{method}} 1h")
                }
                .thresholds(Self.thresholds)
                TimeSeries("Error ratio", unit: .percentUnit) {
                    Query(
                        sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5)))
                            / sum(rate(requests, over: .minutes(5))), legendFormat: "5xx")
                    Query(
                        sum(rate(requests.where(.status, matches: "4.."), over: .minutes(5)))
                            / sum(rate(requests, over: .minutes(5))), legendFormat: "4xx")
                }
                .thresholds(Self.thresholds)
                TimeSeries("Latency", unit: .seconds) {
                    Query(histogramQuantile(0.5, metrics.latency, over: .minutes(5)), legendFormat: "p50")
                    Query(histogramQuantile(0.99, metrics.latency, over: .minutes(5)), legendFormat: "p99")
                }
                .thresholds(Self.thresholds)
                TimeSeries("Response bytes", unit: .bytesPerSecondSI) {
                    Query(sum(rate(metrics.responseBytes, over: .minutes(5)), by: [.route]), legendFormat: "{{route}}")
                    Query(sum(rate(metrics.responseBytes, over: .minutes(5))), legendFormat: "all")
                }
                .thresholds(Self.thresholds)
            }
            Row("Work") {
                TimeSeries("In flight", unit: .short) {
                    Query(sum(metrics.inFlight, by: [.route]), legendFormat: "{{route}}")
                    Query(max(metrics.inFlight), legendFormat: "max")
                }
                .thresholds(Self.thresholds)
                TimeSeries("Jobs", unit: .opsPerSecond) {
                    Query(sum(rate(jobs, over: .minutes(5)), by: [.outcome]), legendFormat: "{{outcome}}")
                    Query(sum(rate(jobs, over: .minutes(5)), by: [.queue]), legendFormat: "{{queue}}")
                }
                .thresholds(Self.thresholds)
                TimeSeries("Job duration", unit: .seconds) {
                    Query(histogramQuantile(0.5, metrics.jobDuration, over: .minutes(5)), legendFormat: "p50")
                    Query(histogramQuantile(0.95, metrics.jobDuration, over: .minutes(5)), legendFormat: "p95")
                }
                .thresholds(Self.thresholds)
                TimeSeries("Queue depth", unit: .short) {
                    Query(sum(metrics.queueDepth, by: [.queue]), legendFormat: "{{queue}}")
                    Query(max(metrics.queueDepth), legendFormat: "max")
                }
                .thresholds(Self.thresholds)
            }
            Row("Health") {
                Stat("Dependencies up", unit: .short) { sum(metrics.dependencyUp) }
                    .thresholds(Self.thresholds)
                Stat("Dependency errors", unit: .opsPerSecond) {
                    sum(rate(metrics.dependencyErrors, over: .minutes(5)))
                }
                .thresholds(Self.thresholds)
                GaugePanel("Cache size", unit: .bytes) { sum(metrics.cacheBytes) }
                    .thresholds(Self.thresholds)
                Table("Errors by dependency", unit: .opsPerSecond) {
                    sum(rate(metrics.dependencyErrors, over: .minutes(5)), by: [.dependency])
                }
                .thresholds(Self.thresholds)
            }
        }
    }
}
