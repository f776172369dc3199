import Synchronization
import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Validation: what a stack's rules share")
struct StackRuleContextTests {
    enum Request: String, LabelKey { case status }
    static let requests = Counter<Request>("http_requests_total", help: "Requests.")
    static let latency = Histogram<NoLabels>("request_duration_ms", help: "Latency.", buckets: [100, 50])

    /// A stack, for compose and Kubernetes, with something for each rule that reads the shared context to find:
    /// a metric out of convention, misordered buckets, a query and a test input naming undeclared series, a
    /// label an alert's query drops, an unused correction, a dashboard query with a typo.
    static let stack = Compiler().lower([
        Stack("shop", kubernetes: Kubernetes(namespace: "shop")) {
            Service("api", scrape: .target("api:8080")) {
                requests
                latency
                Counter<NoLabels>("jobs_done", help: "Jobs done.")
                Alert("Errors", severity: .warning) {
                    PromQL(#"sum(rate(http_requests_total{status=~"5.."}[5m])) > 5"#)
                }
                Alert("Slow", severity: .warning) { PromQL("rate(request_duration_m_count[5m]) > 1") }
                AlertTest("errors") {
                    InputSeries(#"http_requests_total{status="500"}"#, values: .increasing(from: 0, by: 600, steps: 20))
                    InputSeries("http_request_total", values: .constant(1, steps: 20))
                } expect: {
                    Fires("Errors", at: .minutes(10), labels: ["status": "500"])
                }
                AlertTest("errors again") {
                    InputSeries("http_request_total", values: .constant(1, steps: 20))
                } expect: {
                    Fires("Errors", at: .minutes(10))
                }
            }
            Dashboard("Requests") {
                TimeSeries("Errors") { PromQL("sum(rate(http_request_total[5m]))") }
            }
            Correction(
                "errors", original: "http_requests_total > 5", corrected: PromQL("rate(http_requests_total[1m]) > 5"),
                reason: "a counter only grows")
        }
    ])[0]

    @Test("each rule finds in the context the validator shares what it finds in the stack alone")
    func sameFindings() {
        let context = StackRuleContext(Self.stack)
        let rules = StackValidator.rules(for: Self.stack)
        for rule in rules {
            #expect(
                rule.checkInContext(context).map(\.message) == rule.check(Self.stack).map(\.message), "\(rule.name)")
        }
        let ids = Set(rules.flatMap { $0.checkInContext(context) }.map(\.id))
        #expect(
            ids.isSuperset(of: [
                "non-base-unit", "counter-name-suffix", "invalid-buckets", "unknown-metric", "expected-label-dropped",
                "unused-correction",
            ]), "\(ids.sorted())")
    }

    @Test("an input series several tests share is reported at each of them")
    func sharedInputSeries() {
        let found = AlertTestRules.inputSeries(StackRuleContext(Self.stack))
        #expect(found.map(\.id) == ["unknown-metric", "unknown-metric"])
        #expect(Set(found.map(\.location.line)).count == 2)
        #expect(found.allSatisfy { $0.message == found[0].message && $0.hint == "did you mean 'http_requests_total'?" })
    }

    /// How often a rule's value was worked out.
    final class Derivations: Sendable {
        let count = Mutex(0)
    }

    @Test("a rule of several checks of a value worked out from the stack works it out once for all of them")
    func derivedOnce() {
        let location = Self.stack.location
        let derivations = Derivations()
        let seen: @Sendable (Int) -> [Diagnostic] = { value in [.error("seen", "derivation \(value)", at: location)] }
        let rule = ValidationRule(
            "both see one value",
            of: { _ in
                derivations.count.withLock {
                    $0 += 1
                    return $0
                }
            }, checks: [seen, seen])
        #expect(rule.check(Self.stack).map(\.message) == ["derivation 1", "derivation 1"])
        #expect(derivations.count.withLock { $0 } == 1)
    }
}
