import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("SLOs: generated test input")
struct SLOTestInputTests {
    @Test("regular expressions give examples they match")
    func regexExamples() {
        #expect(RegexExample.examples(of: "5..") == ["500"])
        #expect(RegexExample.examples(of: "(5..|429)") == ["500"])
        #expect(RegexExample.examples(of: "5..|429") == ["500", "429"])
        #expect(RegexExample.examples(of: "[45]\\d{2}") == ["400"])
        #expect(RegexExample.examples(of: "(?:GET|HEAD)s?") == ["GET"])
        #expect(RegexExample.examples(of: "/api/.+") == ["/api/0"])
    }

    @Test("label values satisfy matchers, and tell good events from bad ones")
    func labelValues() {
        let errors = PromQLLabelMatcher("status", .matchesRegex, "5..")
        #expect(LabelValueSolver.value(satisfying: [errors]) == "500")
        #expect(LabelValueSolver.value(satisfying: [], violating: [errors]) == "200")
        #expect(LabelValueSolver.value(satisfying: [PromQLLabelMatcher("method", .notEqual, "200")]) == "2xx")
        #expect(
            LabelValueSolver.labels(
                satisfying: [PromQLLabelMatcher("job", .equal, "api"), errors], grouping: ["handler"])
                == ["job": "api", "status": "500", "handler": "slo-test"])
        #expect(LabelValueSolver.labels(satisfying: [errors, PromQLLabelMatcher("status", .equal, "200")]) == nil)
    }

    @Test("the burn model: ratios over windows as rate and avg_over_time see the sampled input")
    func burnModel() {
        let burn = SLOBurn(
            start: .hours(3), ratio: Fraction(1, 100), horizon: .hours(4), eventsPerInterval: Fraction(600))
        let counters = SLOBurnModel(reading: .increases, interval: .minutes(5))
        #expect(counters.errorRatio(burn, over: .hours(1), at: .hours(4)) == Fraction(1, 100))
        // Left-open (2h, 4h]: 24 samples, 23 increases, of which the 12 from 3h on carry errors.
        #expect(counters.errorRatio(burn, over: .hours(2), at: .hours(4)) == Fraction(12, 2300))
        // (2h55m, 3h] holds one sample: rate returns nothing, as it does in Prometheus 3.
        #expect(counters.errorRatio(burn, over: .minutes(5), at: .hours(3)) == nil)
        #expect(counters.errorRatio(burn, over: .minutes(10), at: .hours(3)) == Fraction(0))
        #expect(counters.errorRatio(burn, over: .hours(1), at: .seconds(0)) == nil)
        #expect(counters.eventRate(burn.eventsPerInterval) == Fraction(2))
        let gauge = SLOBurnModel(reading: .samples, interval: .minutes(5))
        // 13 samples in (2h, 4h]... of 24, those from 3h on burn.
        #expect(gauge.errorRatio(burn, over: .hours(2), at: .hours(4)) == Fraction(13, 2400))
    }

    @Test("the burn model counts the samples in a burn as trying each one would")
    func burningSamples() {
        let model = SLOBurnModel(reading: .samples, interval: .minutes(5))
        let step = Duration.minutes(5).milliseconds
        for startMinutes: Int64 in [-12, -5, 0, 3, 5, 7, 60, 61] {
            let burn = SLOBurn(
                start: .milliseconds(startMinutes * 60_000), ratio: Fraction(1, 100), horizon: .hours(2),
                eventsPerInterval: Fraction(1))
            for first: Int64 in 0...14 {
                for last in first...15 {
                    let tried = Int64((first...last).count { $0 * step >= burn.start.milliseconds })
                    #expect(
                        model.burning(first...last, of: burn) == tried, "start \(startMinutes)m, \(first)...\(last)")
                }
            }
        }
    }

    @Test("the burn model of recorded increases: sums of 5-minute increases sampled at the tests' evaluations")
    func recordedIncreases() {
        let burn = SLOBurn(
            start: .hours(25), ratio: Fraction(1, 100), horizon: .hours(49), eventsPerInterval: Fraction(600))
        var model = SLOBurnModel(reading: .increases, interval: .seconds(150))
        model.recorded = .init(step: .minutes(5), evaluation: .hours(1), shortest: .days(1))
        // (1d1h, 2d1h]: 24 hourly differences over the 5 minutes before the hour; all from 1d1h on burn.
        #expect(model.errorRatio(burn, over: .days(1), at: .hours(49)) == Fraction(1, 100))
        // (1d, 2d]: 24 differences, 23 of them after 1d1h.
        #expect(model.errorRatio(burn, over: .days(1), at: .hours(48)) == Fraction(23, 2400))
        // Shorter windows still read the counters' own rate.
        #expect(model.errorRatio(burn, over: .hours(1), at: .hours(49)) == Fraction(1, 100))
        // Every minute, of input sampled every minute: the records overlap. Those whose 5 minutes reach back
        // before the input have no sample 5 minutes before and fall back to `increase`, which Prometheus
        // extrapolates by half an interval only (1m to 3m: scaled 3/2, 5/4, 7/6) or, a whole interval away, to
        // the step's start (4m: 5/4); from 5m on they are exact differences of 5 intervals. Errors in the
        // intervals from 4m on: one of the 5 of the record at 5m, two of the one at 6m.
        var dense = SLOBurnModel(reading: .increases, interval: .minutes(1))
        dense.recorded = .init(step: .minutes(5), evaluation: .minutes(1), shortest: .days(1))
        let early = SLOBurn(
            start: .minutes(4), ratio: Fraction(1, 2), horizon: .minutes(6), eventsPerInterval: Fraction(600))
        let all =
            Fraction(3, 2) + Fraction(5, 4) * Fraction(2) + Fraction(7, 6) * Fraction(3) + Fraction(5) + Fraction(10)
        #expect(dense.errorRatio(early, over: .days(1), at: .minutes(6)) == Fraction(1, 2) * Fraction(3) / all)
    }
}
