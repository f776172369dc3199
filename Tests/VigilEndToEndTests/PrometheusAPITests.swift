import Foundation
import Testing

@testable import VigilEndToEnd

/// Reading what Prometheus' API answers.
@Suite("Prometheus API answers")
struct PrometheusAPITests {
    @Test("evaluation times are read to the fraction of a second, in nanoseconds or not")
    func times() throws {
        let whole = try #require(PrometheusAPI.time("2026-11-24T01:02:03Z"))
        #expect(whole.timeIntervalSince1970 == 1_795_482_123)
        let fraction = try #require(PrometheusAPI.time("2026-11-24T01:02:03.250000000Z"))
        #expect(fraction.timeIntervalSince(whole) == 0.25)
        #expect(PrometheusAPI.time("0001-01-01T00:00:00Z").map { $0 < whole } == true)
        #expect(PrometheusAPI.time("never") == nil)
    }
}
