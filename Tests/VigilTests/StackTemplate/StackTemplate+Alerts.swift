import Vigil

extension StackTemplate {
    /// Where the runbooks live.
    static let runbooks = "https://runbooks.example.com/stacktemplate"

    /// The service's instance as Prometheus labels it, for alert tests.
    static let target = ["job": job, "instance": "stacktemplate-api:8080"]

    /// More than 5% of the service's requests fail.
    static let highErrorRate =
        sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5)), plus: [.job])
        / sum(rate(requests, over: .minutes(5)), plus: [.job]) > 0.05

    /// The service's alerts, each with a test that fires it and one that keeps it quiet.
    @ServiceBuilder static var alerts: [ServiceElement] {
        Alert("HighErrorRate", severity: .critical, for: .minutes(5)) {
            highErrorRate
        } annotations: {
            AlertSummary("More than 5% of requests fail")
            AlertDescription("{{ $value | humanizePercentage }} of the requests of {{ $labels.job }} fail")
            Runbook("\(runbooks)/high-error-rate")
        }
        AlertTest("HighErrorRate fires when 10% of requests fail") {
            InputSeries(
                requests.where(.method, equals: "GET").where(.status, equals: "500"), labels: target,
                values: .increasing(from: 0, by: 6, steps: 20))
            InputSeries(
                requests.where(.method, equals: "GET").where(.status, equals: "200"), labels: target,
                values: .increasing(from: 0, by: 54, steps: 20))
        } expect: {
            Quiet("HighErrorRate", at: .minutes(3))
            Fires("HighErrorRate", at: .minutes(15), labels: ["job": job], value: 0.1)
        }
        AlertTest("HighErrorRate stays quiet when 1% of requests fail") {
            InputSeries(
                requests.where(.method, equals: "GET").where(.status, equals: "500"), labels: target,
                values: .increasing(from: 0, by: 1, steps: 20))
            InputSeries(
                requests.where(.method, equals: "GET").where(.status, equals: "200"), labels: target,
                values: .increasing(from: 0, by: 99, steps: 20))
        } expect: {
            Quiet("HighErrorRate", at: .minutes(15))
        }
    }
}
