import Vigil

extension Aurum {
    /// The API's instance as Prometheus labels it, for alert tests.
    static let apiTarget = ["job": "aurum-api", "instance": "api:8000"]

    /// Requests of one route and tenant with `status`, for test series.
    static func requestSeries(_ status: String) -> Selection<CounterType, Request> {
        requests.where(.method, equals: "POST").where(.path, equals: "/api/scenarios").where(
            .tenantID, equals: "acme-corp"
        )
        .where(.status, equals: status)
    }

    /// Business transactions of `type` with `status`, for test series.
    static func transactionSeries(_ type: String, _ status: String) -> Selection<CounterType, Transaction> {
        businessTransactions.where(.transactionType, equals: type).where(.component, equals: "scenario")
            .where(.status, equals: status)
    }

    /// The document's alert rules by category, besides the SLO burn-rate alerts the SLOs generate: API performance
    /// (latency, errors), business metrics (scenario creation and run failures), infrastructure (database pool,
    /// slow queries), cache performance (hit rate).
    @ServiceBuilder static var alerts: [ServiceElement] {
        // The latency objective's threshold as an alert: the 95th percentile above 500 ms for 10 minutes.
        Alert("HighAPILatency", severity: .warning, for: .minutes(10)) {
            histogramQuantile(0.95, requestLatency, over: .minutes(5)) > 0.5
        } annotations: {
            AlertSummary("API requests take more than 500 ms")
            AlertDescription("95th percentile API latency is {{ $value | humanizeDuration }}.")
            Runbook("https://runbooks.example.com/aurum/high-api-latency")
        }
        AlertTest("HighAPILatency fires when requests take 800 ms") {
            HistogramObservations(
                requestLatency, labels: [.method: "POST", .path: "/api/scenarios"], target: apiTarget,
                observing: [0.8: 60], steps: 30)
        } expect: {
            Quiet("HighAPILatency", at: .minutes(5))
            Fires("HighAPILatency", at: .minutes(20), value: 0.975)
        }
        AlertTest("HighAPILatency stays quiet when requests take 200 ms") {
            HistogramObservations(
                requestLatency, labels: [.method: "POST", .path: "/api/scenarios"], target: apiTarget,
                observing: [0.2: 60], steps: 30)
        } expect: {
            Quiet("HighAPILatency", at: .minutes(20))
        }

        // Per path ("error rates by endpoint"): one failing endpoint among many healthy ones still alerts.
        Alert("HighAPIErrorRate", severity: .critical, for: .minutes(5)) {
            sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5)), by: [.path])
                / sum(rate(requests, over: .minutes(5)), by: [.path]) > 0.05
        } annotations: {
            AlertSummary("More than 5% of {{ $labels.path }} requests fail")
            AlertDescription(
                "{{ $value | humanizePercentage }} of {{ $labels.path }} requests returned a server error over the last 5 minutes."
            )
            Runbook("https://runbooks.example.com/aurum/high-api-error-rate")
        }
        AlertTest("HighAPIErrorRate fires when 10% of scenario requests fail") {
            InputSeries(requestSeries("500"), labels: apiTarget, values: .increasing(from: 0, by: 6, steps: 20))
            InputSeries(requestSeries("201"), labels: apiTarget, values: .increasing(from: 0, by: 54, steps: 20))
        } expect: {
            Quiet("HighAPIErrorRate", at: .minutes(3))
            Fires("HighAPIErrorRate", at: .minutes(15), labels: ["path": "/api/scenarios"], value: 0.1)
        }
        AlertTest("HighAPIErrorRate stays quiet when 1% of scenario requests fail") {
            InputSeries(requestSeries("500"), labels: apiTarget, values: .increasing(from: 0, by: 1, steps: 20))
            InputSeries(requestSeries("201"), labels: apiTarget, values: .increasing(from: 0, by: 99, steps: 20))
        } expect: {
            Quiet("HighAPIErrorRate", at: .minutes(15))
        }

        // Failures are any status but `success`, whatever the application calls them.
        Alert("ScenarioCreationFailures", severity: .warning, for: .minutes(10)) {
            sum(rate(scenarioCreations.where(.status, notEquals: "success"), over: .minutes(15)))
                / sum(rate(scenarioCreations, over: .minutes(15))) > 0.05
        } annotations: {
            AlertSummary("More than 5% of scenario creations fail")
            AlertDescription(
                "{{ $value | humanizePercentage }} of the scenarios created in the last 15 minutes failed.")
            Runbook("https://runbooks.example.com/aurum/scenario-creation-failures")
        }
        AlertTest("ScenarioCreationFailures fires when 1 in 10 creations fails") {
            InputSeries(
                transactionSeries("scenario_create", "failure"), labels: apiTarget,
                values: .increasing(from: 0, by: 1, steps: 30))
            InputSeries(
                transactionSeries("scenario_create", "success"), labels: apiTarget,
                values: .increasing(from: 0, by: 9, steps: 30))
        } expect: {
            Quiet("ScenarioCreationFailures", at: .minutes(5))
            Fires("ScenarioCreationFailures", at: .minutes(25), value: 0.1)
        }
        AlertTest("ScenarioCreationFailures stays quiet when 1 in 100 creations fails") {
            InputSeries(
                transactionSeries("scenario_create", "failure"), labels: apiTarget,
                values: .increasing(from: 0, by: 1, steps: 30))
            InputSeries(
                transactionSeries("scenario_create", "success"), labels: apiTarget,
                values: .increasing(from: 0, by: 99, steps: 30))
        } expect: {
            Quiet("ScenarioCreationFailures", at: .minutes(25))
        }

        // Runs are long and fail more often by nature (the objective is 95%): a wider margin and a longer wait.
        Alert("ScenarioRunFailures", severity: .warning, for: .minutes(15)) {
            sum(rate(scenarioRuns.where(.status, notEquals: "success"), over: .minutes(30)))
                / sum(rate(scenarioRuns, over: .minutes(30))) > 0.1
        } annotations: {
            AlertSummary("More than 10% of scenario runs fail")
            AlertDescription("{{ $value | humanizePercentage }} of the scenario runs of the last 30 minutes failed.")
            Runbook("https://runbooks.example.com/aurum/scenario-run-failures")
        }
        AlertTest("ScenarioRunFailures fires when 2 in 10 runs fail") {
            InputSeries(
                transactionSeries("scenario_run", "failure"), labels: apiTarget,
                values: .increasing(from: 0, by: 2, steps: 45))
            InputSeries(
                transactionSeries("scenario_run", "success"), labels: apiTarget,
                values: .increasing(from: 0, by: 8, steps: 45))
        } expect: {
            Quiet("ScenarioRunFailures", at: .minutes(10))
            Fires("ScenarioRunFailures", at: .minutes(40), value: 0.2)
        }
        AlertTest("ScenarioRunFailures stays quiet when 1 in 20 runs fails") {
            InputSeries(
                transactionSeries("scenario_run", "failure"), labels: apiTarget,
                values: .increasing(from: 0, by: 1, steps: 45))
            InputSeries(
                transactionSeries("scenario_run", "success"), labels: apiTarget,
                values: .increasing(from: 0, by: 19, steps: 45))
        } expect: {
            Quiet("ScenarioRunFailures", at: .minutes(40))
        }

        // 90% of the pool checked out for 5 minutes: the next burst will queue for connections.
        Alert("DatabaseConnectionPoolExhausted", severity: .critical, for: .minutes(5)) {
            poolConnectionsInUse / poolSize >= 0.9
        } annotations: {
            AlertSummary("The database connection pool is nearly exhausted")
            AlertDescription("{{ $labels.instance }} uses {{ $value | humanizePercentage }} of its database pool.")
            Runbook("https://runbooks.example.com/aurum/database-connection-pool-exhausted")
        }
        AlertTest("DatabaseConnectionPoolExhausted fires with 19 of 20 connections in use") {
            InputSeries(
                poolConnectionsInUse, labels: apiTarget, values: .constant(4, steps: 2) + .constant(19, steps: 12))
            InputSeries(poolSize, labels: apiTarget, values: .constant(20, steps: 14))
        } expect: {
            Quiet("DatabaseConnectionPoolExhausted", at: .minutes(4))
            Fires("DatabaseConnectionPoolExhausted", at: .minutes(12), labels: apiTarget, value: 0.95)
        }
        AlertTest("DatabaseConnectionPoolExhausted stays quiet with half the pool in use") {
            InputSeries(poolConnectionsInUse, labels: apiTarget, values: .constant(10, steps: 14))
            InputSeries(poolSize, labels: apiTarget, values: .constant(20, steps: 14))
        } expect: {
            Quiet("DatabaseConnectionPoolExhausted", at: .minutes(12))
        }

        // The settings' `slow_query_threshold_ms` (1000) as an alert on the 95th percentile of each query.
        Alert("SlowDatabaseQueries", severity: .warning, for: .minutes(10)) {
            histogramQuantile(0.95, queryDuration, over: .minutes(5), by: [.operation, .table]) > 1
        } annotations: {
            AlertSummary("{{ $labels.operation }} queries on {{ $labels.table }} take more than a second")
            AlertDescription(
                "95th percentile latency of {{ $labels.operation }} on {{ $labels.table }} is {{ $value | humanizeDuration }}."
            )
            Runbook("https://runbooks.example.com/aurum/slow-database-queries")
        }
        AlertTest("SlowDatabaseQueries fires when inserts take 2 seconds") {
            HistogramObservations(
                queryDuration, labels: [.operation: "insert", .table: "scenario"], target: apiTarget,
                observing: [2: 30], steps: 30)
        } expect: {
            Quiet("SlowDatabaseQueries", at: .minutes(5))
            Fires(
                "SlowDatabaseQueries", at: .minutes(20), labels: ["operation": "insert", "table": "scenario"],
                value: 2.425)
        }
        AlertTest("SlowDatabaseQueries stays quiet when inserts take 20 ms") {
            HistogramObservations(
                queryDuration, labels: [.operation: "insert", .table: "scenario"], target: apiTarget,
                observing: [0.02: 30], steps: 30)
        } expect: {
            Quiet("SlowDatabaseQueries", at: .minutes(20))
        }

        // Per cache: the cache hit objective (90%) as an alert over 15 minutes.
        Alert("LowCacheHitRate", severity: .warning, for: .minutes(15)) {
            sum(rate(cacheLookups.where(.result, equals: "hit"), over: .minutes(15)), by: [.cacheType])
                / sum(rate(cacheLookups, over: .minutes(15)), by: [.cacheType]) < 0.9
        } annotations: {
            AlertSummary("The {{ $labels.cache_type }} cache hits less than 90% of lookups")
            AlertDescription(
                "{{ $value | humanizePercentage }} of {{ $labels.cache_type }} cache lookups hit over the last 15 minutes."
            )
            Runbook("https://runbooks.example.com/aurum/low-cache-hit-rate")
        }
        AlertTest("LowCacheHitRate fires when 7 in 10 lookups hit") {
            InputSeries(
                cacheLookups.where(.cacheType, equals: "scenario").where(.result, equals: "hit"), labels: apiTarget,
                values: .increasing(from: 0, by: 7, steps: 40))
            InputSeries(
                cacheLookups.where(.cacheType, equals: "scenario").where(.result, equals: "miss"), labels: apiTarget,
                values: .increasing(from: 0, by: 3, steps: 40))
        } expect: {
            Quiet("LowCacheHitRate", at: .minutes(10))
            Fires("LowCacheHitRate", at: .minutes(30), labels: ["cache_type": "scenario"], value: 0.7)
        }
        AlertTest("LowCacheHitRate stays quiet when 19 in 20 lookups hit") {
            InputSeries(
                cacheLookups.where(.cacheType, equals: "scenario").where(.result, equals: "hit"), labels: apiTarget,
                values: .increasing(from: 0, by: 19, steps: 40))
            InputSeries(
                cacheLookups.where(.cacheType, equals: "scenario").where(.result, equals: "miss"), labels: apiTarget,
                values: .increasing(from: 0, by: 1, steps: 40))
        } expect: {
            Quiet("LowCacheHitRate", at: .minutes(30))
        }
    }
}
