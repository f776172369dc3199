import Testing
import VigilDSL

@Suite("Alerts, recording rules and alert tests")
struct AlertDeclarationTests {
    enum HTTP: String, LabelKey { case status }
    static let requests = Counter<HTTP>("http_requests_total", help: "Requests.")

    @Test("an alert keeps its condition, timing, labels and annotations in order")
    func alert() {
        let alert = Alert("HighErrorRate", severity: .critical, for: .minutes(5), labels: ["team": "web"]) {
            rate(Self.requests.where(.status, matches: "5.."), over: .minutes(5)) > 1
        } annotations: {
            AlertSummary("Many errors")
            AlertDescription("{{ $value }} errors per second")
            Runbook("https://runbooks.example.com/errors")
            DashboardURL("https://grafana.example.com/d/api")
        }
        #expect(alert.severity == .critical)
        #expect(alert.duration == .minutes(5))
        #expect(alert.annotations.map(\.key) == ["summary", "description", "runbook_url", "dashboard_url"])
        guard case .built(let tree) = alert.condition else {
            Issue.record("expected a built condition")
            return
        }
        #expect(tree.description == #"rate(http_requests_total{status=~"5.."}[5m]) > 1"#)
    }

    @Test("an alert on raw PromQL keeps the text and its location")
    func rawAlert() {
        let alert = Alert("Down", severity: .warning) { PromQL("up == 0") }
        guard case .raw(let promQL) = alert.condition else {
            Issue.record("expected a raw condition")
            return
        }
        #expect(promQL.text == "up == 0")
        #expect(promQL.location.line == alert.location.line)
    }

    @Test("severities order by urgency; custom ones come last")
    func severities() {
        #expect([Severity("page"), .info, .critical, .warning].sorted() == [.critical, .warning, .info, "page"])
    }

    @Test("a recording rule of a built or raw query")
    func record() {
        let built = Record("job:http_requests:rate5m") { sum(rate(Self.requests, over: .minutes(5)), plus: [.job]) }
        let raw = Record("job:up:sum") { PromQL("sum by (job) (up)") }
        guard case .built = built.query, case .raw = raw.query else {
            Issue.record("expected one built and one raw query")
            return
        }
    }

    @Test("series values in promtool notation")
    func seriesValues() {
        #expect((SeriesValues.constant(1, steps: 10) + .missing(steps: 5)).notation == "1x10 _x4")
        #expect(SeriesValues.increasing(from: 0, by: 0.5, steps: 20).notation == "0+0.5x20")
        #expect(SeriesValues.decreasing(from: 100, by: 1, steps: 3).notation == "100-1x3")
        #expect(SeriesValues.samples([1, 2.5, 3]).notation == "1 2.5 3")
        #expect(SeriesValues.missing(steps: 1).notation == "_")
    }

    @Test("an alert test lists its inputs and expectations")
    func alertTest() {
        let test = AlertTest("errors fire") {
            InputSeries(
                Self.requests.where(.status, equals: "500"), labels: ["job": "api"],
                values: .increasing(from: 0, by: 60, steps: 10))
            InputSeries(#"up{job="api"}"#, values: .constant(1, steps: 10))
        } expect: {
            Quiet("HighErrorRate", at: .minutes(2))
            Fires("HighErrorRate", at: .minutes(8), labels: ["job": "api", "status": "500"], value: 1)
        }
        #expect(test.series.map(\.series) == [#"http_requests_total{status="500",job="api"}"#, #"up{job="api"}"#])
        #expect(test.expectations.map(\.firing.count) == [0, 1])
        #expect(test.interval == .minutes(1))
    }

    @Test("histogram observations become cumulative buckets, a sum and a count")
    func histogramObservations() {
        enum Route: String, LabelKey { case method, endpoint }
        let latency = Histogram<Route>("api_request_duration_seconds", help: "Latency.", buckets: [0.5, 1, 2.5])
        let test = AlertTest("slow") {
            HistogramObservations(
                latency, labels: [.method: "GET", .endpoint: "/a"], target: ["job": "api"],
                observing: [0.2: 30, 2: 10], steps: 5)
        } expect: {
            Quiet("Slow", at: .minutes(1))
        }
        let labels = #"endpoint="/a",method="GET",job="api""#
        #expect(
            test.series.map { "\($0.series) \($0.values)" } == [
                #"api_request_duration_seconds_bucket{\#(labels),le="0.5"} 0+30x5"#,
                #"api_request_duration_seconds_bucket{\#(labels),le="1.0"} 0+30x5"#,
                #"api_request_duration_seconds_bucket{\#(labels),le="2.5"} 0+40x5"#,
                #"api_request_duration_seconds_bucket{\#(labels),le="+Inf"} 0+40x5"#,
                #"api_request_duration_seconds_sum{\#(labels)} 0+26x5"#,
                #"api_request_duration_seconds_count{\#(labels)} 0+40x5"#,
            ])
    }
}
