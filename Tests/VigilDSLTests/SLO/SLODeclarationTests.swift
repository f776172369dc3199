import Testing
import VigilDSL

@Suite("SLO declarations")
struct SLODeclarationTests {
    enum HTTP: String, LabelKey { case handler, status }
    static let requests = Counter<HTTP>("http_requests_total", help: "Requests.")
    static let latency = Histogram<HTTP>("http_request_duration_seconds", help: "Latency.", buckets: [0.25, 0.5, 1])

    @Test("exact decimals keep what was written: 99.9 is 999 tenths, not a binary fraction")
    func exactDecimals() throws {
        let objective: ExactDecimal = 99.9
        #expect(objective.significand == 999 && objective.decimals == 1)
        #expect(objective.description == "99.9")
        #expect((14.4 as ExactDecimal).description == "14.4")
        #expect((95 as ExactDecimal).description == "95")
        #expect(ExactDecimal("0.001")?.description == "0.001")
        #expect(ExactDecimal("1e-05")?.description == "0.00001")
        #expect(ExactDecimal("-2.50") == ExactDecimal(significand: -25, decimals: 1))
        #expect(ExactDecimal("99.90") == 99.9)
        #expect(ExactDecimal("abc") == nil && ExactDecimal("") == nil && ExactDecimal("1e30") == nil)
        #expect((99.9 as ExactDecimal) < 99.95 && (100 as ExactDecimal) > 99.999)
        #expect((0.1 as ExactDecimal).doubleValue == 0.1)
    }

    @Test("percentages: 99.9% with the postfix operator or a bare literal")
    func percent() {
        let written = 99.9%
        let literal: Percent = 99.9
        #expect(written == literal)
        #expect(written.description == "99.9%")
        #expect(written.value == ExactDecimal(significand: 999, decimals: 1))
        #expect(95% < 99.9%)
    }

    @Test("an SLO records its settings, its indicator and where both were written")
    func declaration() throws {
        let line = #line + 1
        let slo = SLO("availability", objective: 99.9%, window: .days(28), labels: ["team": "deals"]) {
            Ratio(errors: Self.requests.where(.status, matches: "5.."), total: Self.requests, by: [.handler])
        }
        #expect(slo.name == "availability" && slo.window == .days(28) && slo.tiers == nil)
        #expect(slo.location.line == line && slo.indicator.location.line == line + 1)
        #expect(slo.indicator.grouping == ["handler"])
        guard case .errors(let errors, let total) = slo.indicator.kind else {
            Issue.record("not a ratio of errors")
            return
        }
        #expect(errors.description == #"http_requests_total{status=~"5.."}"#)
        #expect(total.description == "http_requests_total")
    }

    @Test("each indicator kind keeps its selectors")
    func indicators() {
        let latency = Latency(Self.latency.where(.handler, equals: "/a"), below: .milliseconds(500)).indicator
        guard case .latency(let histogram, let threshold) = latency.kind else {
            Issue.record("not a latency indicator")
            return
        }
        #expect(histogram.description == #"http_request_duration_seconds{handler="/a"}"#)
        #expect(threshold == .milliseconds(500))
        let up = Availability(PrometheusServerMetrics.up.job("api")).indicator
        guard case .availability(let gauge) = up.kind else {
            Issue.record("not an availability indicator")
            return
        }
        #expect(gauge.description == #"up{job="api"}"#)
        let raw = ErrorRatio { window in PromQL("sum(rate(x[\(window)]))") }.indicator
        guard case .errorRatio(let query) = raw.kind, case .raw(let promQL) = query(.hours(1)) else {
            Issue.record("not a raw error ratio")
            return
        }
        #expect(promQL.text == "sum(rate(x[1h]))")
    }

    @Test("the standard tiers are the SRE Workbook's, by budget share")
    func standardTiers() {
        let tiers = BurnRateTier.standard
        #expect(tiers.map(\.urgency) == [.page, .page, .ticket, .ticket])
        #expect(tiers.map(\.rate) == [.budgetShare(2%), .budgetShare(5%), .budgetShare(10%), .budgetShare(10%)])
        #expect(tiers.map(\.longWindow) == [.hours(1), .hours(6), .days(1), .days(3)])
        #expect(tiers.map(\.shortWindow) == [.minutes(5), .minutes(30), .hours(2), .hours(6)])
        #expect(BurnRateTier.Urgency.page.severity == .critical && BurnRateTier.Urgency.ticket.severity == .warning)
    }

    @Test("a service collects its SLOs in order")
    func service() {
        let service = Service("api") {
            Self.requests
            SLO("a", objective: 99%) {
                Ratio(errors: Self.requests.where(.status, matches: "5.."), total: Self.requests)
            }
            SLO("b", objective: 95%) { Latency(Self.latency, below: .seconds(1)) }
        }
        #expect(service.slos.map(\.name) == ["a", "b"])
        #expect(service.metrics.map(\.name) == ["http_requests_total"])
    }
}
