import Vigil

extension CRM {
    /// The runbook of every latency SLO.
    static let latencyRunbook = "https://runbooks.example.com/crm/slo-latency"

    /// The tiers of a median target. Its error budget is half the requests, so the standard tiers (14.4x the
    /// budget and the like) could never fire; these open a ticket when 80% of requests miss the target over an
    /// hour, or 60% over six hours. A median target does not page: the p95 and p99 targets do.
    static let medianTiers: [BurnRateTier] = [
        .ticket(factor: 1.6, long: .hours(1), short: .minutes(5)),
        .ticket(factor: 1.2, long: .hours(6), short: .minutes(30)),
    ]

    /// The three SLOs of one row of the document's "Baseline Performance" table: 50%, 95% and 99% of the
    /// operation's observations below its p50, p95 and p99 targets over 30 days. Each target must be a bucket of
    /// the histogram (see `CRM+Metrics.swift`), since a histogram counts observations per bucket only. The SLOs
    /// take the caller's location, so that a diagnostic points at the row, not at this function.
    @ServiceBuilder
    static func latencyTargets<H: SeriesSelection>(
        _ operation: String, _ histogram: H, p50: Duration, p95: Duration, p99: Duration,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> [ServiceElement] where H.Kind == HistogramType {
        for (percentile, objective, target) in [("p50", 50%, p50), ("p95", 95%, p95), ("p99", 99%, p99)] {
            SLO(
                "\(operation)-\(percentile)", objective: objective, tiers: percentile == "p50" ? medianTiers : nil,
                runbook: latencyRunbook, fileID: fileID, filePath: filePath, line: line, column: column
            ) {
                Latency(histogram, below: target, fileID: fileID, filePath: filePath, line: line, column: column)
            }
        }
    }

    /// The document's latency targets per operation, as fifteen latency SLOs.
    @ServiceBuilder static var latencySLOs: [ServiceElement] {
        latencyTargets(
            "list-leads", requestDuration.where(.method, equals: "GET").where(.path, equals: "/api/v1/leads/"),
            p50: .milliseconds(50), p95: .milliseconds(100), p99: .milliseconds(200))
        latencyTargets(
            "create-lead", requestDuration.where(.method, equals: "POST").where(.path, equals: "/api/v1/leads/"),
            p50: .milliseconds(100), p95: .milliseconds(200), p99: .milliseconds(500))
        latencyTargets(
            "workflow-execution", workflowDuration, p50: .milliseconds(200), p95: .milliseconds(500), p99: .seconds(1))
        latencyTargets(
            "search-query", searchLatency, p50: .milliseconds(100), p95: .milliseconds(300), p99: .seconds(1))
        latencyTargets(
            "lead-score-calculation", leadScoreDuration, p50: .milliseconds(20), p95: .milliseconds(50),
            p99: .milliseconds(100))
    }
}
