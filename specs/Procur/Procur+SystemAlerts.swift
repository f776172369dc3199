import Vigil

extension Procur {
    /// The size of the API's database pool: SQLAlchemy's defaults, `pool_size` 5 plus `max_overflow` 10. Change
    /// it with the application's settings.
    static let databasePoolSize = 15.0

    /// The requests of one route, for test series.
    static func requestSeries(_ method: String, _ endpoint: String, status: String) -> Selection<CounterType, Request> {
        requests.where(.method, equals: method).where(.endpoint, equals: endpoint).where(.status, equals: status)
    }

    /// The summary's system alerts: high API latency (> 2 s), high API error rate (> 5%), event processing
    /// backlog, high event failure rate, database connection pool exhausted.
    @ServiceBuilder static var systemAlerts: [ServiceElement] {
        Alert("HighAPILatency", severity: .warning, for: .minutes(5)) {
            histogramQuantile(0.95, requestDuration, over: .minutes(5)) > 2
        } annotations: {
            AlertSummary("API requests take more than 2 seconds")
            AlertDescription("95th percentile API latency is {{ $value | humanizeDuration }}.")
            Runbook("https://runbooks.example.com/procur/high-api-latency")
        }
        AlertTest("HighAPILatency fires when requests take 3 seconds") {
            HistogramObservations(
                requestDuration, labels: [.method: "GET", .endpoint: "/api/v1/negotiations"], target: apiTarget,
                observing: [3: 60], steps: 20)
        } expect: {
            Quiet("HighAPILatency", at: .minutes(3))
            Fires("HighAPILatency", at: .minutes(15), value: 4.85)
        }
        AlertTest("HighAPILatency stays quiet when requests take 300 milliseconds") {
            HistogramObservations(
                requestDuration, labels: [.method: "GET", .endpoint: "/api/v1/negotiations"], target: apiTarget,
                observing: [0.3: 60], steps: 20)
        } expect: {
            Quiet("HighAPILatency", at: .minutes(15))
        }

        // Server errors among all requests, over the whole API.
        Alert("HighAPIErrorRate", severity: .critical, for: .minutes(5)) {
            sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5)))
                / sum(rate(requests, over: .minutes(5))) > 0.05
        } annotations: {
            AlertSummary("More than 5% of API requests fail")
            AlertDescription(
                "{{ $value | humanizePercentage }} of API requests returned a server error over the last 5 minutes.")
            Runbook("https://runbooks.example.com/procur/high-api-error-rate")
        }
        AlertTest("HighAPIErrorRate fires when 10% of requests fail") {
            InputSeries(
                requestSeries("POST", "/api/v1/negotiations", status: "503"), labels: apiTarget,
                values: .increasing(from: 0, by: 6, steps: 20))
            InputSeries(
                requestSeries("POST", "/api/v1/negotiations", status: "200"), labels: apiTarget,
                values: .increasing(from: 0, by: 54, steps: 20))
        } expect: {
            Quiet("HighAPIErrorRate", at: .minutes(3))
            Fires("HighAPIErrorRate", at: .minutes(15), value: 0.1)
        }
        AlertTest("HighAPIErrorRate stays quiet when 1% of requests fail") {
            InputSeries(
                requestSeries("POST", "/api/v1/negotiations", status: "503"), labels: apiTarget,
                values: .increasing(from: 0, by: 1, steps: 20))
            InputSeries(
                requestSeries("POST", "/api/v1/negotiations", status: "200"), labels: apiTarget,
                values: .increasing(from: 0, by: 99, steps: 20))
        } expect: {
            Quiet("HighAPIErrorRate", at: .minutes(15))
        }

        // The backlog grows by what is published and not processed; 500 events in 15 minutes is a queue that
        // consumers are not keeping up with.
        Alert("EventProcessingBacklog", severity: .warning, for: .minutes(10)) {
            sum(increase(eventsPublished, over: .minutes(15))) - sum(increase(eventsProcessed, over: .minutes(15)))
                > 500
        } annotations: {
            AlertSummary("Events are published faster than they are processed")
            AlertDescription("The event backlog grew by {{ $value | humanize }} events over the last 15 minutes.")
            Runbook("https://runbooks.example.com/procur/event-processing-backlog")
        }
        AlertTest("EventProcessingBacklog fires when consumers process half of what is published") {
            InputSeries(
                eventsPublished.where(.eventType, equals: "negotiation.completed"), labels: apiTarget,
                values: .increasing(from: 0, by: 100, steps: 40))
            InputSeries(
                eventsProcessed.where(.eventType, equals: "negotiation.completed").where(.status, equals: "success"),
                labels: apiTarget, values: .increasing(from: 0, by: 50, steps: 40))
        } expect: {
            Quiet("EventProcessingBacklog", at: .minutes(5))
            Fires("EventProcessingBacklog", at: .minutes(35), value: 750)
        }
        AlertTest("EventProcessingBacklog stays quiet when consumers keep up") {
            InputSeries(
                eventsPublished.where(.eventType, equals: "negotiation.completed"), labels: apiTarget,
                values: .increasing(from: 0, by: 100, steps: 40))
            InputSeries(
                eventsProcessed.where(.eventType, equals: "negotiation.completed").where(.status, equals: "success"),
                labels: apiTarget, values: .increasing(from: 0, by: 100, steps: 40))
        } expect: {
            Quiet("EventProcessingBacklog", at: .minutes(35))
        }

        Alert("HighEventFailureRate", severity: .warning, for: .minutes(5)) {
            sum(rate(eventsProcessed.where(.status, equals: "failed"), over: .minutes(5)))
                / sum(rate(eventsProcessed, over: .minutes(5))) > 0.1
        } annotations: {
            AlertSummary("More than 10% of events fail processing")
            AlertDescription(
                "{{ $value | humanizePercentage }} of the events processed over the last 5 minutes failed.")
            Runbook("https://runbooks.example.com/procur/high-event-failure-rate")
        }
        AlertTest("HighEventFailureRate fires when 15% of events fail") {
            InputSeries(
                eventsProcessed.where(.eventType, equals: "contract.signed").where(.status, equals: "failed"),
                labels: apiTarget, values: .increasing(from: 0, by: 3, steps: 20))
            InputSeries(
                eventsProcessed.where(.eventType, equals: "contract.signed").where(.status, equals: "success"),
                labels: apiTarget, values: .increasing(from: 0, by: 17, steps: 20))
        } expect: {
            Quiet("HighEventFailureRate", at: .minutes(3))
            Fires("HighEventFailureRate", at: .minutes(15), value: 0.15)
        }
        AlertTest("HighEventFailureRate stays quiet when 1% of events fail") {
            InputSeries(
                eventsProcessed.where(.eventType, equals: "contract.signed").where(.status, equals: "failed"),
                labels: apiTarget, values: .increasing(from: 0, by: 1, steps: 20))
            InputSeries(
                eventsProcessed.where(.eventType, equals: "contract.signed").where(.status, equals: "success"),
                labels: apiTarget, values: .increasing(from: 0, by: 99, steps: 20))
        } expect: {
            Quiet("HighEventFailureRate", at: .minutes(15))
        }

        // Every pooled connection is checked out: new requests wait for one, then time out.
        Alert("DatabaseConnectionPoolExhausted", severity: .critical, for: .minutes(2)) {
            databaseConnections >= databasePoolSize
        } annotations: {
            AlertSummary("The database connection pool is exhausted")
            AlertDescription(
                "{{ $labels.instance }} uses {{ $value }} of its \(Int(databasePoolSize)) pooled database connections.")
            Runbook("https://runbooks.example.com/procur/database-connection-pool-exhausted")
        }
        AlertTest("DatabaseConnectionPoolExhausted fires when all 15 connections stay in use") {
            InputSeries(
                databaseConnections, labels: apiTarget, values: .constant(6, steps: 2) + .constant(15, steps: 8))
        } expect: {
            Quiet("DatabaseConnectionPoolExhausted", at: .minutes(3))
            Fires("DatabaseConnectionPoolExhausted", at: .minutes(8), labels: apiTarget, value: 15)
        }
        AlertTest("DatabaseConnectionPoolExhausted stays quiet with 14 connections in use") {
            InputSeries(databaseConnections, labels: apiTarget, values: .constant(14, steps: 10))
        } expect: {
            Quiet("DatabaseConnectionPoolExhausted", at: .minutes(8))
        }
    }
}
