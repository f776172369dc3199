import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("Corrections and notes: validation")
struct DocumentationValidationTests {
    enum Request: String, LabelKey { case status }
    static let requests = Counter<Request>("http_requests_total", help: "Requests.")

    static let errorRate = rate(requests.where(.status, matches: "5.."), over: .minutes(5)) > 5

    /// A service whose alert runs `errorRate` and whose recording rule runs the total request rate.
    static let api = Service("api", scrape: .target("api:8080")) {
        requests
        Alert("Errors", severity: .warning) { errorRate }
        Record("job:http_requests:rate5m") { PromQL("sum by (job) (rate(http_requests_total[5m]))") }
    }

    /// The diagnostics of a stack with the `api` service and these corrections and notes, except the ids in
    /// `ignoring` (by default, the reminder that the alert has no test and the warning about corrections the
    /// stack does not run, which only their own test looks at).
    static func diagnostics(
        _ corrections: [Correction] = [], notes: [Note] = [],
        ignoring: Set<String> = ["untested-alert", "unused-correction"]
    ) throws -> [Diagnostic] {
        try Fixtures.diagnostics([
            Stack("shop") {
                api
                Dashboard("Requests") {
                    TimeSeries("Server errors", unit: .requestsPerSecond) {
                        PromQL(#"sum(rate(http_requests_total{status=~"5.."}[$__rate_interval]))"#)
                    }
                }
                corrections
                notes
            }
        ]).filter { !ignoring.contains($0.id) }
    }

    @Test("corrections with a built or a raw query an alert, rule or panel runs, whole or as a part; notes")
    func valid() throws {
        let diagnostics = try Self.diagnostics(
            [
                Correction(
                    "error rate", original: "http_requests_total{status=~\"5..\"} > 5", corrected: Self.errorRate,
                    reason: "a counter only grows"),
                Correction(
                    "request rate", original: "rate(http_requests_total)",
                    corrected: PromQL("rate(http_requests_total [5m])"), reason: "rate takes a range"),
                Correction(
                    "Server errors panel", original: #"rate(http_requests_total{status=~"5.."})"#,
                    corrected: PromQL(#"sum(rate(http_requests_total{status=~"5.."}[$__rate_interval]))"#),
                    reason: "one line for the service"),
            ], notes: [Note("The document's `api` job is called `api` here too.")], ignoring: ["untested-alert"])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("unused-correction: a corrected query no alert, recording rule or panel runs, a warning")
    func unused() throws {
        let diagnostics = try Self.diagnostics(
            [
                Correction(
                    "error rate", original: "http_requests_total > 5",
                    corrected: rate(Self.requests, over: .minutes(5)) > 5, reason: "a counter only grows")
            ], ignoring: ["untested-alert"])
        #expect(diagnostics.map(\.id) == ["unused-correction"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(
            diagnostics.first?.message
                == "the corrected query of 'error rate' is not run by any alert, recording rule or panel")
    }

    @Test("promql-syntax: a corrected query that does not parse, at the PromQL string")
    func syntax() throws {
        let line = #line + 3
        let diagnostics = try Self.diagnostics([
            Correction(
                "x", original: "rate(x)", corrected: PromQL("sum(rate(http_requests_total[5m])"), reason: "r")
        ])
        #expect(diagnostics.map(\.id) == ["promql-syntax"])
        #expect(diagnostics.first?.location.line == line)
    }

    @Test("unknown-metric and wrong-metric-kind: a corrected query is checked against the declared metrics")
    func metrics() throws {
        let ids = try Self.diagnostics([
            Correction("x", original: "x", corrected: PromQL("rate(http_request_total[5m])"), reason: "r"),
            Correction("y", original: "y", corrected: PromQL("deriv(http_requests_total[5m])"), reason: "r"),
        ]).map(\.id)
        #expect(ids == ["unknown-metric", "wrong-metric-kind"])
    }

    @Test("incomplete-correction: an empty subject or reason, each reported")
    func incomplete() throws {
        let diagnostics = try Self.diagnostics([
            Correction(" ", original: "x", corrected: PromQL("vector(1)"), reason: "")
        ])
        #expect(diagnostics.map(\.id) == ["incomplete-correction", "incomplete-correction"])
        #expect(diagnostics.map(\.message).contains("the correction of 'x' has an empty reason"))
        #expect(diagnostics.map(\.message).contains("the correction of 'x' has an empty subject"))
    }

    @Test("correction-unchanged: the corrected query is the original, spacing aside")
    func unchanged() throws {
        let diagnostics = try Self.diagnostics([
            Correction(
                "rate", original: "rate( http_requests_total[5m] )",
                corrected: rate(Self.requests, over: .minutes(5)), reason: "r")
        ])
        #expect(diagnostics.map(\.id) == ["correction-unchanged"])
        #expect(diagnostics.first?.severity == .error)
    }

    @Test("empty-note: a note without text")
    func emptyNote() throws {
        let diagnostics = try Self.diagnostics(notes: [Note("  \n")])
        #expect(diagnostics.map(\.id) == ["empty-note"])
        #expect(diagnostics.first?.message == "a note has no text")
    }
}
