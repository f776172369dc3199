import Testing
import VigilCompiler
import VigilDSL
import VigilEndToEnd

/// Two SLOs on one histogram, run for real: an availability ratio of its `_count` by status and a latency SLO
/// at one of its buckets. Their faults run at once, so each one's events must stay good for the other.
@Suite("End-to-end runner: two SLOs on one histogram")
struct HistogramSLOsTests {
    enum Request: String, LabelKey { case route, status }
    static let latency = Histogram<Request>(
        "api_request_duration_seconds", help: "Request latency.", unit: .seconds, buckets: [0.1, 0.3, 1])

    static let stack = Stack("e2e-histogram", prometheus: Prometheus(retention: .days(33))) {
        Service("api", scrape: .target("api:8080")) {
            latency
            SLO("availability", objective: 99%) {
                Ratio(errors: latency.count.where(.status, matches: "5.."), total: latency.count)
            }
            SLO("latency", objective: 95%) { Latency(latency, below: .milliseconds(300)) }
        }
        Alertmanager(defaultReceiver: EndToEndRunnerTests.chat, groupBy: [.alertname, .severity]) {
            Route(.severity(.critical), to: EndToEndRunnerTests.oncall)
        }
    }

    @Test("both SLOs burn, fire and resolve in one metric fault")
    func bothBurnAndResolve() throws {
        let report = try EndToEndRunnerTests.run(Self.stack)
        #expect(report.failures == [])
        let scenario = "metric faults (SLO 'availability' of api burning, SLO 'latency' of api burning)"
        #expect(report.passed.contains { $0.hasPrefix("\(scenario): fires") })
        #expect(report.passed.contains { $0.hasPrefix("\(scenario): resolves") })
    }
}
