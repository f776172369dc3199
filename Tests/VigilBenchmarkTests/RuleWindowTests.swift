import Testing
import VigilDSL

@testable import vigil_bench

@Suite("SLO benchmark: the window a rule covers, and its class")
struct RuleWindowTests {
    @Test("a record name's trailing duration is its window")
    func namedWindows() {
        #expect(RuleWindow.named(in: "slo:sli_error:ratio_rate30d") == .days(30))
        #expect(RuleWindow.named(in: "http_requests:burnrate1d1h43m") == .days(1) + .hours(1) + .minutes(43))
        #expect(RuleWindow.named(in: "slo:sli_error:increase5m") == .minutes(5))
        #expect(RuleWindow.named(in: "http_request_duration_seconds:increase4w") == .weeks(4))
        #expect(RuleWindow.named(in: "job:http_5xx:rate5m") == .minutes(5))
        #expect(RuleWindow.named(in: "slo:objective:ratio") == nil)
        #expect(RuleWindow.named(in: "slo:time_period:days") == nil)
        #expect(RuleWindow.named(in: "sloth_slo_info") == nil)
        #expect(RuleWindow.named(in: "level5") == nil)
    }

    @Test("short below a day, long from a day up to the period, then the period; no window is other")
    func classes() {
        let period = Duration.days(30)
        #expect(WindowClass(window: .hours(6), period: period) == .short)
        #expect(WindowClass(window: .hours(23) + .minutes(59), period: period) == .short)
        #expect(WindowClass(window: .days(1), period: period) == .long)
        #expect(WindowClass(window: .days(4) + .hours(6), period: period) == .long)
        #expect(WindowClass(window: .days(30), period: period) == .period)
        #expect(WindowClass(window: nil, period: period) == .other)
    }

    @Test("reads: a range as written, an instant selector over the lookback, subqueries and offsets added")
    func reads() throws {
        let reads = try SeriesRead.all(
            in: """
                sum_over_time(slo:sli_error:increase5m{slo="a"}[30d]) / sum(rate(x_total[5m] offset 1h)) \
                + max_over_time((y / z)[1d:5m]) + w
                """)
        #expect(reads.map(\.name) == ["slo:sli_error:increase5m", "x_total", "y", "z", "w"])
        let minutes5 = Duration.minutes(5)
        let lookbacks: [Duration] = [
            .days(30), .hours(1) + minutes5, .days(1) + minutes5, .days(1) + minutes5, minutes5,
        ]
        #expect(reads.map(\.lookback) == lookbacks)
        #expect(reads.map(\.range) == [.days(30), .minutes(5), .days(1), .days(1), nil])
        #expect(reads[0].equalities == ["slo": "a"])
        #expect(RuleWindow.longestRange(reads) == .days(30))
    }

    @Test("a read selects a rule's series unless a label matcher contradicts the rule's labels")
    func selects() throws {
        let read = try #require(try SeriesRead.all(in: #"r{slo="a",status=~"5.."}"#).first)
        #expect(read.selects(recordedWith: [("slo", "a"), ("service", "x")]))
        #expect(read.selects(recordedWith: []))
        #expect(!read.selects(recordedWith: [("slo", "b")]))
    }
}
