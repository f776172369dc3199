import Vigil

extension Analytics {
    /// The backend's instance as Prometheus labels it, for alert tests.
    static let backendTarget = ["job": "analytics", "instance": "analytics-backend:8000"]

    /// An analytics container as cAdvisor labels it, for alert tests.
    static let containerSeries = [
        "job": "cadvisor", "instance": "cadvisor:8080", "name": "analytics-backend", "image": "analytics-backend:1.4.0",
        "id": "/docker/4f2a9c",
    ]

    /// The analytics containers: cAdvisor reports every container of the host, and `HighMemoryUsage` is about
    /// these (the backend and its Celery workers are named `analytics-*`).
    static let analyticsContainers = "analytics.*"

    // MARK: - Conditions the document's queries are corrected to (see `Analytics+Corrections.swift`)

    /// More than 5% of a backend instance's requests fail: the share of 5xx responses, not their rate.
    static let highErrorRate =
        sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5)), plus: [.job, .instance])
        / sum(rate(requests, over: .minutes(5)), plus: [.job, .instance]) > 0.05

    /// An analytics container's working set above 90% of its memory limit, for containers that have one.
    static let highMemoryUsage =
        CAdvisorMetrics.memoryWorkingSetBytes.where(.name, matches: analyticsContainers)
        / (CAdvisorMetrics.specMemoryLimitBytes.where(.name, matches: analyticsContainers) > 0) > 0.9

    /// The service's 95th percentile latency over the last 5 minutes above 1 second.
    static let highAPILatency = histogramQuantile(0.95, latency, over: .minutes(5), plus: [.job]) > 1

    /// A workspace's agents consumed more than 10,000 credits in the last hour.
    static let creditConsumptionSpike = sum(increase(creditsConsumed, over: .hours(1)), by: [.workspaceID]) > 10000

    // MARK: - Alerts

    /// The document's five alerts (group `analytics_alerts`), each with a test that fires it and one that
    /// keeps it quiet.
    @ServiceBuilder static var alerts: [ServiceElement] {
        Alert("HighErrorRate", severity: .critical, for: .minutes(5)) {
            highErrorRate
        } annotations: {
            AlertSummary("High error rate detected")
            AlertDescription("Error rate is {{ $value | humanizePercentage }} for {{ $labels.instance }}")
            Runbook("https://runbooks.example.com/analytics/high-error-rate")
        }
        AlertTest("HighErrorRate fires when 10% of requests fail for 5 minutes") {
            InputSeries(
                requests.where(.method, equals: "GET").where(.endpoint, equals: "/api/reports").where(
                    .status, equals: "500"),
                labels: backendTarget, values: .increasing(from: 0, by: 6, steps: 20))
            InputSeries(
                requests.where(.method, equals: "GET").where(.endpoint, equals: "/api/reports").where(
                    .status, equals: "200"),
                labels: backendTarget, values: .increasing(from: 0, by: 54, steps: 20))
        } expect: {
            Quiet("HighErrorRate", at: .minutes(5))
            Fires("HighErrorRate", at: .minutes(15), labels: backendTarget, value: 0.1)
        }
        AlertTest("HighErrorRate stays quiet at 1% of requests failing, however busy the service") {
            InputSeries(
                requests.where(.method, equals: "GET").where(.endpoint, equals: "/api/reports").where(
                    .status, equals: "500"),
                labels: backendTarget, values: .increasing(from: 0, by: 60, steps: 20))
            InputSeries(
                requests.where(.method, equals: "GET").where(.endpoint, equals: "/api/reports").where(
                    .status, equals: "200"),
                labels: backendTarget, values: .increasing(from: 0, by: 5940, steps: 20))
        } expect: {
            Quiet("HighErrorRate", at: .minutes(15))
        }

        Alert("DatabaseConnectionPoolExhausted", severity: .warning, for: .minutes(2)) {
            databaseConnections.where(.state, equals: "idle") < 5
        } annotations: {
            AlertSummary("Database connection pool nearly exhausted")
            AlertDescription("Only {{ $value }} idle connections remaining")
            Runbook("https://runbooks.example.com/analytics/database-connection-pool-exhausted")
        }
        AlertTest("DatabaseConnectionPoolExhausted fires after 2 minutes with 3 idle connections") {
            InputSeries(
                databaseConnections.where(.state, equals: "idle"), labels: backendTarget,
                values: .constant(12, steps: 2) + .constant(3, steps: 8))
        } expect: {
            Quiet("DatabaseConnectionPoolExhausted", at: .minutes(3))
            Fires(
                "DatabaseConnectionPoolExhausted", at: .minutes(8),
                labels: backendTarget.merging(["state": "idle"]) { $1 },
                value: 3)
        }
        AlertTest("DatabaseConnectionPoolExhausted stays quiet with 5 idle connections") {
            InputSeries(
                databaseConnections.where(.state, equals: "idle"), labels: backendTarget,
                values: .constant(5, steps: 10))
        } expect: {
            Quiet("DatabaseConnectionPoolExhausted", at: .minutes(10))
        }

        Alert("HighMemoryUsage", severity: .warning, for: .minutes(5)) {
            highMemoryUsage
        } annotations: {
            AlertSummary("High memory usage detected")
            AlertDescription("Memory usage is {{ $value | humanizePercentage }}")
            Runbook("https://runbooks.example.com/analytics/high-memory-usage")
        }
        AlertTest("HighMemoryUsage fires when a container uses 95% of its limit for 5 minutes") {
            InputSeries(
                CAdvisorMetrics.memoryWorkingSetBytes, labels: containerSeries,
                values: .constant(500_000_000, steps: 2) + .constant(950_000_000, steps: 10))
            InputSeries(
                CAdvisorMetrics.specMemoryLimitBytes, labels: containerSeries,
                values: .constant(1_000_000_000, steps: 12))
        } expect: {
            Quiet("HighMemoryUsage", at: .minutes(5))
            Fires("HighMemoryUsage", at: .minutes(10), labels: containerSeries, value: 0.95)
        }
        AlertTest("HighMemoryUsage stays quiet for a container without a memory limit") {
            InputSeries(
                CAdvisorMetrics.memoryWorkingSetBytes, labels: containerSeries,
                values: .constant(1_500_000_000, steps: 12))
            InputSeries(CAdvisorMetrics.specMemoryLimitBytes, labels: containerSeries, values: .constant(0, steps: 12))
        } expect: {
            Quiet("HighMemoryUsage", at: .minutes(10))
        }

        Alert("HighAPILatency", severity: .warning, for: .minutes(5)) {
            highAPILatency
        } annotations: {
            AlertSummary("High API latency detected")
            AlertDescription("95th percentile latency is {{ $value }}s")
            Runbook("https://runbooks.example.com/analytics/high-api-latency")
        }
        AlertTest("HighAPILatency fires when every request takes 2 seconds") {
            HistogramObservations(
                latency, labels: [.method: "GET", .endpoint: "/api/reports"], target: backendTarget,
                observing: [2: 60], steps: 20)
        } expect: {
            Quiet("HighAPILatency", at: .minutes(4))
            Fires("HighAPILatency", at: .minutes(15), labels: ["job": "analytics"], value: 2.425)
        }
        AlertTest("HighAPILatency stays quiet when 4% of requests take 2 seconds") {
            HistogramObservations(
                latency, labels: [.method: "GET", .endpoint: "/api/reports"], target: backendTarget,
                observing: [0.2: 96, 2: 4], steps: 20)
        } expect: {
            Quiet("HighAPILatency", at: .minutes(15))
        }

        Alert("CreditConsumptionSpike", severity: .info, for: .minutes(5)) {
            creditConsumptionSpike
        } annotations: {
            AlertSummary("Unusual credit consumption detected")
            AlertDescription("Credit consumption rate is {{ $value }} per hour")
            Runbook("https://runbooks.example.com/analytics/credit-consumption-spike")
        }
        AlertTest("CreditConsumptionSpike fires when a workspace's agents consume 18000 credits an hour") {
            for agent in ["summarizer", "forecaster"] {
                InputSeries(
                    creditsConsumed.where(.workspaceID, equals: "acme").where(.agentID, equals: agent),
                    labels: backendTarget, values: .increasing(from: 0, by: 150, steps: 80))
            }
        } expect: {
            Quiet("CreditConsumptionSpike", at: .minutes(20))
            Fires("CreditConsumptionSpike", at: .minutes(70), labels: ["workspace_id": "acme"], value: 18000)
        }
        AlertTest("CreditConsumptionSpike stays quiet at 6000 credits an hour") {
            InputSeries(
                creditsConsumed.where(.workspaceID, equals: "acme").where(.agentID, equals: "summarizer"),
                labels: backendTarget, values: .increasing(from: 0, by: 100, steps: 80))
        } expect: {
            Quiet("CreditConsumptionSpike", at: .minutes(70))
        }
    }
}
