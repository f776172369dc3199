import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("Validation: alerting and recording rules")
struct RuleValidationTests {
    enum HTTP: String, LabelKey { case method, status }
    static let requests = Counter<HTTP>("http_requests_total", help: "Requests.")
    static let latency = Histogram<HTTP>("http_request_duration_seconds", help: "Latency.", buckets: [0.5, 1])
    static let queue = Gauge<NoLabels>("queue_depth", help: "Jobs waiting.")

    /// The diagnostics of a stack whose one service exports the metrics above and has `rules`, without the
    /// reminders that alerts lack tests.
    static func diagnostics(@ServiceBuilder _ rules: () -> [ServiceElement]) throws -> [Diagnostic] {
        let service = Service("api", scrape: .target("api:8080")) {
            requests
            latency
            queue
        }
        let rulesService = Service("api-rules", content: rules)
        return try Fixtures.diagnostics([
            Stack("shop") {
                service
                rulesService
            }
        ]).filter { $0.id != "untested-alert" }
    }

    static func ids(@ServiceBuilder _ rules: () -> [ServiceElement]) throws -> [String] {
        try diagnostics(rules).map(\.id)
    }

    @Test("a correct raw expression has no diagnostics")
    func valid() throws {
        let ids = try Self.ids {
            Alert("ErrorRatio", severity: .critical) {
                PromQL(
                    #"sum by (job) (rate(http_requests_total{status=~"5.."}[5m])) / sum by (job) (rate(http_requests_total[5m])) > 0.05"#
                )
            } annotations: {
                AlertSummary("Errors on {{ $labels.job }}")
            }
        }
        #expect(ids.isEmpty)
    }

    @Test("unknown-metric, with a suggestion")
    func unknownMetric() throws {
        let diagnostics = try Self.diagnostics {
            Alert("Errors", severity: .warning) { PromQL("rate(http_request_total[5m]) > 1") }
        }
        #expect(diagnostics.map(\.id) == ["unknown-metric"])
        #expect(diagnostics[0].hint == "did you mean 'http_requests_total'?")
    }

    @Test("unknown-label in a matcher, a by clause and an on clause")
    func unknownLabel() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning) { PromQL(#"rate(http_requests_total{route="/"}[5m]) > 1"#) }
            Alert("B", severity: .warning) { PromQL("sum by (sttus) (rate(http_requests_total[5m])) > 1") }
            Alert("C", severity: .warning) { PromQL("queue_depth / on (method) sum by (job) (up) > 1") }
        }
        // `on (method)` names a label missing on both sides: one diagnostic each.
        #expect(diagnostics.map(\.id) == ["unknown-label", "unknown-label", "unknown-label", "unknown-label"])
        #expect(diagnostics[1].hint == "did you mean 'status'?")
    }

    @Test("wrong-metric-kind: rate of a gauge is an error, avg_over_time of a counter a warning")
    func wrongKind() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning) { PromQL("rate(queue_depth[5m]) > 1") }
            Alert("B", severity: .warning) { PromQL("avg_over_time(http_requests_total[5m]) > 1") }
        }
        #expect(diagnostics.map(\.id) == ["wrong-metric-kind", "wrong-metric-kind"])
        #expect(diagnostics.map(\.severity) == [.error, .warning])
        #expect(diagnostics[0].hint?.contains("deriv()") == true)
    }

    @Test("histogram-without-le and histogram-without-rate")
    func histograms() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning) {
                PromQL("histogram_quantile(0.95, sum by (job) (rate(http_request_duration_seconds_bucket[5m]))) > 1")
            }
            Alert("B", severity: .warning) {
                PromQL("histogram_quantile(0.95, http_request_duration_seconds_bucket) > 2")
            }
        }
        #expect(diagnostics.map(\.id) == ["histogram-without-le", "histogram-without-rate"])
    }

    @Test("promql-syntax points into the expression")
    func syntax() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning) { PromQL("sum(rate(http_requests_total[5m]) > 1") }
        }
        #expect(diagnostics.map(\.id) == ["promql-syntax"])
        #expect(diagnostics[0].message.contains("PromQL syntax error at 1:"))
        #expect(diagnostics[0].hint?.contains("^") == true)
    }

    @Test("invalid-expression-type: an alert on a scalar")
    func expressionType() throws {
        #expect(try Self.ids { Alert("A", severity: .warning) { PromQL("1 > bool 0") } } == ["invalid-expression-type"])
    }

    @Test("invalid-alert-name and duplicate-alert")
    func alertNames() throws {
        let ids = try Self.ids {
            Alert("High Latency", severity: .warning) { Self.queue > 1 }
            Alert("Busy", severity: .warning) { Self.queue > 1 }
            Alert("Busy", severity: .warning) { Self.queue > 2 }
            Alert("Busy", severity: .critical) { Self.queue > 3 }
        }
        #expect(ids == ["invalid-alert-name", "duplicate-alert"])
    }

    @Test("invalid-recording-rule-name, recording-rule-name-convention and duplicate-recording-rule")
    func recordNames() throws {
        let diagnostics = try Self.diagnostics {
            Record("job-requests") { sum(rate(Self.requests, over: .minutes(5)), plus: [.job]) }
            Record("job_requests_rate5m") { sum(rate(Self.requests, over: .minutes(5)), plus: [.job]) }
            Record("job:http_requests:rate5m") { sum(rate(Self.requests, over: .minutes(5)), plus: [.job]) }
            Record("job:http_requests:rate5m") { sum(rate(Self.requests, over: .minutes(1)), plus: [.job]) }
        }
        #expect(
            diagnostics.map(\.id) == [
                "invalid-recording-rule-name", "recording-rule-name-convention", "duplicate-recording-rule",
            ])
        #expect(diagnostics[1].severity == .warning)
    }

    @Test("recorded series can be queried, with the labels their query keeps")
    func recordedSeries() throws {
        let ids = try Self.ids {
            Record("job:http_requests:rate5m") { sum(rate(Self.requests, over: .minutes(5)), plus: [.job]) }
            Alert("A", severity: .warning) { PromQL(#"job:http_requests:rate5m{job="api"} > 1"#) }
            Alert("B", severity: .warning) { PromQL(#"job:http_requests:rate5m{method="GET"} > 1"#) }
        }
        #expect(ids == ["unknown-label"])
    }

    @Test("for-shorter-than-interval is a warning")
    func shortFor() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning, for: .seconds(5)) { Self.queue > 1 }
        }
        #expect(diagnostics.map(\.id) == ["for-shorter-than-interval"])
        #expect(diagnostics[0].severity == .warning)
    }

    @Test("negative-duration: for and keepFiringFor below zero are errors, not a 'for' warning")
    func negativeDurations() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning, for: .minutes(-15), keepFiringFor: .minutes(-1)) { Self.queue > 1 }
        }
        #expect(diagnostics.map(\.id) == ["negative-duration", "negative-duration"])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(diagnostics.first?.message == "alert 'A' has for: -15m; a duration cannot be negative")
    }

    @Test("copied-alert: a service copied with its alerts unchanged fires twice")
    func copiedAlert() throws {
        let queue = Gauge<NoLabels>("jobs_queued", help: "Jobs waiting.")
        func service(_ name: String, job: String?) -> Service {
            Service(name, scrape: .target("\(name):8080")) {
                queue
                Alert("QueueBacklog", severity: .warning) {
                    PromQL(job.map { "jobs_queued{job=\"\($0)\"} > 100" } ?? "jobs_queued > 100")
                }
            }
        }
        let copied = try Fixtures.diagnostics([
            Stack("shop") {
                service("worker", job: nil)
                service("worker-2", job: nil)
            }
        ]).filter { $0.id != "untested-alert" }
        #expect(copied.map(\.id) == ["copied-alert"])
        #expect(
            copied.first?.message
                == "alert 'QueueBacklog' of 'worker-2' has the name and the query of the one of 'worker': both watch "
                + "the same series and fire together")
        // Each on its own job's series: two alerts, no diagnostic.
        let scoped = try Fixtures.diagnostics([
            Stack("shop") {
                service("worker", job: "worker")
                service("worker-2", job: "worker-2")
            }
        ]).filter { $0.id != "untested-alert" }
        #expect(scoped.isEmpty)
    }

    @Test("invalid-label-name on rule labels and annotation keys")
    func ruleLabelNames() throws {
        let ids = try Self.ids {
            Alert("A", severity: .warning, labels: ["team-name": "web"]) {
                Self.queue > 1
            } annotations: {
                AlertAnnotation("run book", "x")
            }
        }
        #expect(ids == ["invalid-label-name", "invalid-label-name"])
    }

    @Test("template-syntax and template-unknown-label")
    func templates() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning) {
                sum(rate(Self.requests, over: .minutes(5)), by: [.method]) > 1
            } annotations: {
                AlertSummary("Busy {{ $labels.method }} on {{ $labels.instance }}")
                AlertDescription("Broken {{ $value ")
                Runbook("{{ }}")
            }
        }
        #expect(diagnostics.map(\.id).sorted() == ["template-syntax", "template-syntax", "template-unknown-label"])
        #expect(diagnostics.first { $0.id == "template-unknown-label" }?.hint == "it keeps method")
        #expect(
            diagnostics.filter { $0.id == "template-syntax" }.map(\.message).sorted() == [
                "alert 'A': template '{{ $value ' does not parse: unclosed action",
                "alert 'A': template '{{ }}' does not parse: missing value for command",
            ])
    }

    @Test("template-syntax of control structures, located at the annotation")
    func templateStructure() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning) {
                Self.queue > 1
            } annotations: {
                AlertSummary("{{ if }}")
                AlertDescription("{{ if gt $value 1.0 }}high")
                Runbook("{{ end }}")
            }
        }
        #expect(diagnostics.map(\.id) == ["template-syntax", "template-syntax", "template-syntax"])
        #expect(Set(diagnostics.map(\.location.line)).count == 3)
        #expect(diagnostics.map(\.hint).contains("'{{ if gt $value 1.0 }}' has no {{ end }}"))
    }

    @Test("template-undefined-variable: a variable out of its scope, with a suggestion")
    func templateVariables() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning, labels: ["team": "{{ $y }}"]) {
                Self.queue > 1
            } annotations: {
                AlertSummary("{{ with $x := 1 }}{{ $x }}{{ end }}{{ $x }} {{ $lables.job }}")
            }
        }
        #expect(
            diagnostics.map(\.id) == [
                "template-undefined-variable", "template-undefined-variable", "template-undefined-variable",
            ])
        #expect(diagnostics.contains { $0.hint == "did you mean '$labels'?" })
    }

    @Test("template-unknown-function: a function Prometheus 3.5 does not define, with a suggestion")
    func templateFunctions() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning) {
                Self.queue > 1
            } annotations: {
                AlertSummary("{{ $value | humanise }} {{ $value | nosuchfunc }}")
            }
        }
        #expect(diagnostics.map(\.id) == ["template-unknown-function", "template-unknown-function"])
        #expect(diagnostics[0].hint == "did you mean 'humanize'?")
    }

    @Test("template-undefined-template and template-undeclared-assignment are warnings: the rule loads, then fails")
    func templateRuntimeFailures() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning) {
                Self.queue > 1
            } annotations: {
                AlertSummary(#"{{ template "details" . }}"#)
                AlertDescription("{{ $n = 1 }}")
            }
        }
        #expect(diagnostics.map(\.id).sorted() == ["template-undeclared-assignment", "template-undefined-template"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test("template-unknown-label on the new parse: .Labels, $.Labels and index, not labels of a range's samples")
    func templateLabelReferences() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning) {
                sum(rate(Self.requests, over: .minutes(5)), by: [.method]) > 1
            } annotations: {
                AlertSummary(#"{{ .Labels.job }} {{ $.Labels.instance }} {{ index $labels "status" }}"#)
                AlertDescription(
                    #"{{ range query "up" }}{{ .Labels.job }}{{ end }}{{ if true }}{{ .Labels.method }}{{ end }}"#)
            }
        }
        #expect(
            diagnostics.map(\.id) == ["template-unknown-label", "template-unknown-label", "template-unknown-label"])
        #expect(diagnostics.map(\.message).allSatisfy { !$0.contains("method") })
    }

    @Test(
        "invalid-query: a PromQL fragment inside a built query that does not parse, is no vector, or is a misplaced scalar"
    )
    func brokenFragment() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning) { (Self.queue > 1).and(PromQL("rate(queue_depth[5m] >")) }
            Alert("B", severity: .warning) { (Self.queue > 1).and(PromQL("queue_depth[5m]")) }
            Alert("C", severity: .warning) { sum(PromQL("25 / 100")) > 1 }
        }
        #expect(diagnostics.map(\.id) == ["invalid-query", "invalid-query", "invalid-query"])
        #expect(
            diagnostics.map(\.message).sorted() == [
                #"the query does not type-check: expected type instant vector in aggregation expression, got scalar"#,
                #"the query holds an invalid fragment: PromQL("queue_depth[5m]") is a range vector, where an instant vector belongs"#,
                #"the query holds an invalid fragment: PromQL("rate(queue_depth[5m] >") does not parse: unexpected end of input"#,
            ])
    }

    @Test("a scalar fragment as the operand of a comparison is valid")
    func scalarFragmentInComparison() throws {
        let diagnostics = try Self.diagnostics {
            Alert("A", severity: .warning) { Self.queue > PromQL("25 / 100") }
        }
        #expect(diagnostics.filter { $0.id == "invalid-query" }.isEmpty)
    }

    @Test("ignoring may name a label only one side has; on needs it on both")
    func ignoringOneSide() throws {
        let ids = try Self.ids {
            Alert("A", severity: .warning) {
                PromQL(#"queue_depth - ignoring (status) sum by (status) (rate(http_requests_total[5m])) > 0"#)
            }
            Alert("B", severity: .warning) {
                PromQL(#"queue_depth - ignoring (nothere) sum by (status) (rate(http_requests_total[5m])) > 0"#)
            }
        }
        #expect(ids == ["unknown-label"])
    }
}
