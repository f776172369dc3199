import VigilDSL

extension SyntheticService {
    /// The service's five alerts.
    var alerts: [ServiceElement] {
        [
            .alert(
                Alert("HighErrorRate\(index)", severity: .critical, for: .minutes(5)) {
                    sum(rate(metrics.requests.where(.status, matches: "5.."), over: .minutes(5)))
                        / sum(rate(metrics.requests, over: .minutes(5))) > 0.05
                } annotations: {
                    AlertSummary("More than 5% of requests fail")
                    Runbook(runbook("high-error-rate"))
                }),
            .alert(
                Alert("HighLatency\(index)", severity: .warning, for: .minutes(10)) {
                    histogramQuantile(0.95, metrics.latency, over: .minutes(5), plus: [.job]) > 1
                } annotations: {
                    AlertSummary("95th percentile latency above 1 s")
                    Runbook(runbook("high-latency"))
                }),
            .alert(
                Alert("QueueBacklog\(index)", severity: .warning, for: .minutes(15)) {
                    max(metrics.queueDepth, by: [.queue]) > 1000
                } annotations: {
                    AlertSummary("More than 1000 jobs wait in a queue")
                    Runbook(runbook("queue-backlog"))
                }),
            .alert(
                Alert("JobFailures\(index)", severity: .warning, for: .minutes(10)) {
                    sum(rate(metrics.jobs.where(.outcome, equals: "failure"), over: .minutes(5)), by: [.queue]) > 1
                } annotations: {
                    AlertSummary("Background jobs fail")
                    Runbook(runbook("job-failures"))
                }),
            .alert(
                Alert("DependencyDown\(index)", severity: .critical, for: .minutes(2)) {
                    metrics.dependencyUp.equals(0)
                } annotations: {
                    AlertSummary("A dependency fails its health checks")
                    Runbook(runbook("dependency-down"))
                }),
        ]
    }
}
