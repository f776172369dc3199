import Vigil

extension CRM {
    /// The backend's scrape job. (The alerts are part of `backend`, so they cannot read its name from it.)
    static let backendJob = "crm-backend"

    /// The backend's instance as Prometheus labels it, for alert tests.
    static let backendTarget = ["job": backendJob, "instance": "crm-backend:8000"]

    // MARK: - Conditions the document's queries are corrected to (see `CRM+Corrections.swift`)

    /// More than 5% of the backend's requests fail: the share of failed requests, not their rate.
    static let highErrorRate =
        sum(rate(errors, over: .minutes(5)), plus: [.job]) / sum(rate(requests, over: .minutes(5)), plus: [.job]) > 0.05

    /// Requests found the connection pool exhausted in the last 5 minutes.
    static let databasePoolExhausted = increase(databasePoolExhaustions, over: .minutes(5)) > 0

    /// The backend's 95th percentile latency over the last 5 minutes above 1000 ms.
    static let highLatency = histogramQuantile(0.95, requestDuration, over: .minutes(5), plus: [.job]) > 1000

    /// More than 10% of a workflow's runs fail.
    static let highWorkflowFailureRate =
        sum(rate(workflowRuns.where(.status, equals: "failed"), over: .minutes(10)), by: [.workflow])
        / sum(rate(workflowRuns, over: .minutes(10)), by: [.workflow]) > 0.1

    // MARK: - Alerts

    /// The document's six alerts, three critical and three warnings, each with a test that fires it and one that
    /// keeps it quiet. Where the document's query was corrected, the quiet test shows a case the document's query
    /// would have fired on.
    @ServiceBuilder static var alerts: [ServiceElement] {
        // MARK: Critical

        Alert("ServiceDown", severity: .critical, for: .minutes(1)) {
            PrometheusServerMetrics.up.job(backendJob).equals(0)
        } annotations: {
            AlertSummary("CRM backend is down")
            AlertDescription("Prometheus cannot scrape {{ $labels.instance }} of job {{ $labels.job }}")
            Runbook("https://runbooks.example.com/crm/service-down")
        }
        AlertTest("ServiceDown fires after a minute without a successful scrape") {
            InputSeries(
                PrometheusServerMetrics.up, labels: backendTarget,
                values: .constant(1, steps: 2) + .constant(0, steps: 8))
        } expect: {
            Quiet("ServiceDown", at: .minutes(3))
            Fires("ServiceDown", at: .minutes(6), labels: backendTarget)
        }
        AlertTest("ServiceDown stays quiet after one failed scrape") {
            InputSeries(
                PrometheusServerMetrics.up, labels: backendTarget,
                values: .constant(1, steps: 2) + .samples([0]) + .constant(1, steps: 7))
        } expect: {
            Quiet("ServiceDown", at: .minutes(3))
            Quiet("ServiceDown", at: .minutes(6))
        }

        Alert("HighErrorRate", severity: .critical, for: .minutes(5)) {
            highErrorRate
        } annotations: {
            AlertSummary("High error rate")
            AlertDescription("{{ $value | humanizePercentage }} of the requests to {{ $labels.job }} fail")
            Runbook("https://runbooks.example.com/crm/high-error-rate")
        }
        AlertTest("HighErrorRate fires when 10% of requests fail for 5 minutes") {
            InputSeries(
                errors.where(.method, equals: "POST").where(.path, equals: "/api/v1/leads/").where(
                    .status, equals: "500"),
                labels: backendTarget, values: .increasing(from: 0, by: 6, steps: 20))
            InputSeries(
                requests.where(.method, equals: "POST").where(.path, equals: "/api/v1/leads/")
                    .where(.status, equals: "500"), labels: backendTarget,
                values: .increasing(from: 0, by: 6, steps: 20))
            InputSeries(
                requests.where(.method, equals: "POST").where(.path, equals: "/api/v1/leads/")
                    .where(.status, equals: "201"), labels: backendTarget,
                values: .increasing(from: 0, by: 54, steps: 20))
        } expect: {
            Quiet("HighErrorRate", at: .minutes(5))
            Fires("HighErrorRate", at: .minutes(15), labels: ["job": "crm-backend"], value: 0.1)
        }
        AlertTest("HighErrorRate stays quiet at 2% of 100 requests a second failing") {
            InputSeries(
                errors.where(.method, equals: "GET").where(.path, equals: "/api/v1/leads/").where(
                    .status, equals: "500"),
                labels: backendTarget, values: .increasing(from: 0, by: 120, steps: 20))
            InputSeries(
                requests.where(.method, equals: "GET").where(.path, equals: "/api/v1/leads/")
                    .where(.status, equals: "500"), labels: backendTarget,
                values: .increasing(from: 0, by: 120, steps: 20))
            InputSeries(
                requests.where(.method, equals: "GET").where(.path, equals: "/api/v1/leads/")
                    .where(.status, equals: "200"), labels: backendTarget,
                values: .increasing(from: 0, by: 5880, steps: 20))
        } expect: {
            Quiet("HighErrorRate", at: .minutes(15))
        }

        Alert("DatabasePoolExhausted", severity: .critical, for: .minutes(1)) {
            databasePoolExhausted
        } annotations: {
            AlertSummary("Database connection pool exhausted")
            AlertDescription(
                "Requests to {{ $labels.instance }} found every database connection in use in the last 5 minutes")
            Runbook("https://runbooks.example.com/crm/database-pool-exhausted")
        }
        AlertTest("DatabasePoolExhausted fires while requests find the pool exhausted") {
            InputSeries(
                databasePoolExhaustions, labels: backendTarget,
                values: .constant(0, steps: 5) + .increasing(from: 1, by: 1, steps: 10))
        } expect: {
            Quiet("DatabasePoolExhausted", at: .minutes(5))
            Fires("DatabasePoolExhausted", at: .minutes(10), labels: backendTarget)
        }
        AlertTest("DatabasePoolExhausted stays quiet once the pool has recovered, though the counter stays above 0") {
            InputSeries(databasePoolExhaustions, labels: backendTarget, values: .constant(3, steps: 20))
        } expect: {
            Quiet("DatabasePoolExhausted", at: .minutes(15))
        }

        // MARK: Warning

        Alert("HighLatency", severity: .warning, for: .minutes(10)) {
            highLatency
        } annotations: {
            AlertSummary("High request latency")
            AlertDescription("95th percentile latency of {{ $labels.job }} is {{ $value }}ms")
            Runbook("https://runbooks.example.com/crm/high-latency")
        }
        AlertTest("HighLatency fires when every request takes 1.5 seconds for 10 minutes") {
            HistogramObservations(
                requestDuration, labels: [.method: "GET", .path: "/api/v1/leads/"], target: backendTarget,
                observing: [1500: 60], steps: 30)
        } expect: {
            Quiet("HighLatency", at: .minutes(10))
            Fires("HighLatency", at: .minutes(20), labels: ["job": "crm-backend"], value: 1950)
        }
        AlertTest("HighLatency stays quiet when 3% of requests are slow") {
            HistogramObservations(
                requestDuration, labels: [.method: "GET", .path: "/api/v1/leads/"], target: backendTarget,
                observing: [80: 97, 1500: 3], steps: 30)
        } expect: {
            Quiet("HighLatency", at: .minutes(20))
        }

        Alert("LowCacheHitRate", severity: .warning, for: .minutes(15)) {
            cacheHitRate < 0.8
        } annotations: {
            AlertSummary("Low cache hit rate")
            AlertDescription("Only {{ $value | humanizePercentage }} of cache reads hit")
            Runbook("https://runbooks.example.com/crm/low-cache-hit-rate")
        }
        AlertTest("LowCacheHitRate fires after 15 minutes at 60%") {
            InputSeries(
                cacheHitRate, labels: backendTarget, values: .constant(0.95, steps: 2) + .constant(0.6, steps: 20))
        } expect: {
            Quiet("LowCacheHitRate", at: .minutes(10))
            Fires("LowCacheHitRate", at: .minutes(20), labels: backendTarget, value: 0.6)
        }
        AlertTest("LowCacheHitRate stays quiet through a 10-minute dip") {
            InputSeries(
                cacheHitRate, labels: backendTarget,
                values: .constant(0.9, steps: 5) + .constant(0.7, steps: 9) + .constant(0.9, steps: 10))
        } expect: {
            Quiet("LowCacheHitRate", at: .minutes(15))
            Quiet("LowCacheHitRate", at: .minutes(22))
        }

        Alert("HighWorkflowFailureRate", severity: .warning, for: .minutes(5)) {
            highWorkflowFailureRate
        } annotations: {
            AlertSummary("Workflow failing often")
            AlertDescription("{{ $value | humanizePercentage }} of the runs of workflow '{{ $labels.workflow }}' fail")
            Runbook("https://runbooks.example.com/crm/high-workflow-failure-rate")
        }
        AlertTest("HighWorkflowFailureRate fires when a workflow fails one run in five") {
            InputSeries(
                workflowRuns.where(.workflow, equals: "Qualify Leads").where(.status, equals: "failed"),
                labels: backendTarget, values: .increasing(from: 0, by: 2, steps: 30))
            InputSeries(
                workflowRuns.where(.workflow, equals: "Qualify Leads").where(.status, equals: "completed"),
                labels: backendTarget, values: .increasing(from: 0, by: 8, steps: 30))
        } expect: {
            Quiet("HighWorkflowFailureRate", at: .minutes(3))
            Fires("HighWorkflowFailureRate", at: .minutes(20), labels: ["workflow": "Qualify Leads"], value: 0.2)
        }
        AlertTest("HighWorkflowFailureRate stays quiet when a busy workflow fails 5% of its runs") {
            InputSeries(
                workflowRuns.where(.workflow, equals: "Qualify Leads").where(.status, equals: "failed"),
                labels: backendTarget, values: .increasing(from: 0, by: 30, steps: 30))
            InputSeries(
                workflowRuns.where(.workflow, equals: "Qualify Leads").where(.status, equals: "completed"),
                labels: backendTarget, values: .increasing(from: 0, by: 570, steps: 30))
        } expect: {
            Quiet("HighWorkflowFailureRate", at: .minutes(20))
        }
    }
}
