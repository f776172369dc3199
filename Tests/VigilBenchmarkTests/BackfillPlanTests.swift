import Testing
import VigilDSL

@testable import vigil_bench

@Suite("SLO benchmark: which recorded series to backfill, over how long, in which pass")
struct BackfillPlanTests {
    static let end: Int64 = 1_772_323_200

    /// The pass and the needed reach of every rule of the first set, by record name.
    static func passes(_ plan: BackfillPlan, _ set: RuleSet) -> [String: (pass: Int?, need: Duration?)] {
        Dictionary(
            set.recordings.indices.map { (set.recordings[$0].record, (plan.passes[0][$0], plan.needed[0][$0])) },
            uniquingKeysWith: { first, _ in first })
    }

    @Test("Sloth: the 5m ratios over the whole period first, then the period ratio, then its burn rate")
    func sloth() throws {
        let set = try BenchmarkFiles.ruleSet("Sloth", "availability")
        let plan = try BackfillPlan(sets: [set], end: Self.end)
        let rules = Self.passes(plan, set)
        let evaluation = Duration.seconds(15)
        // The budget-remaining rule reads the period burn rate at the end (5m lookback); that rule, evaluated
        // over those 5 minutes, reads the period ratio; which reads the 5m ratios over 30 days.
        #expect(rules["slo:period_burn_rate:ratio"]?.pass == 3)
        #expect(rules["slo:period_burn_rate:ratio"]?.need == .minutes(5))
        #expect(rules["slo:sli_error:ratio_rate30d"]?.pass == 2)
        #expect(rules["slo:sli_error:ratio_rate30d"]?.need == .minutes(10) + evaluation)
        #expect(rules["slo:sli_error:ratio_rate5m"]?.pass == 1)
        #expect(rules["slo:sli_error:ratio_rate5m"]?.need == .days(30) + .minutes(10) + evaluation * 2)
        #expect(rules["slo:error_budget:ratio"]?.pass == 1)
        for unread in ["slo:sli_error:ratio_rate1d", "slo:period_error_budget_remaining:ratio", "sloth_slo_info"] {
            #expect(rules[unread]?.pass == nil)
            #expect(rules[unread]?.need == nil)
        }
        #expect(plan.steps.map(\.pass) == [1, 1, 2, 3])
        let first = try #require(plan.steps.first)
        #expect(
            first.start == (Self.end - (Duration.days(30) + .minutes(10) + evaluation * 3).milliseconds / 1000) / 60
                * 60)
        #expect(first.end == Self.end)
        #expect(first.blockRange == .hours(18))
        #expect(first.files.map(\.file.groups).flatMap { $0 }.map(\.interval) == [evaluation])
        // The raw data: the 5m rates of the 5m ratios' oldest evaluation.
        #expect(plan.rawLookback == .days(30) + .minutes(15) + evaluation * 3)
    }

    @Test("5-minute tiles summed over the long windows: the tiles over the period, then the period ratio")
    func tiles() throws {
        // The layout Vigil's SLO rules are moving to: raw short windows at the service's interval, 5-minute
        // tiles and sums of them in a group of their own.
        let file = try RuleFile(
            yaml: """
                groups:
                - name: checkout-slo-availability
                  rules:
                  - record: slo:sli_error:ratio_rate5m
                    expr: sum(rate(errors_total[5m])) / sum(rate(requests_total[5m]))
                    labels: {slo: availability}
                  - record: slo:error_budget_remaining:ratio
                    expr: 1 - slo:sli_error:ratio_rate30d{slo="availability"} / 0.001
                    labels: {slo: availability}
                  - record: slo:current_burn_rate:ratio
                    expr: slo:sli_error:ratio_rate5m{slo="availability"} / 0.001
                    labels: {slo: availability}
                - name: checkout-slo-availability-tiles
                  interval: 5m
                  rules:
                  - record: slo:sli_error:increase5m
                    expr: sum(increase(errors_total[5m]))
                    labels: {slo: availability}
                  - record: slo:sli_total:increase5m
                    expr: sum(increase(requests_total[5m]))
                    labels: {slo: availability}
                  - record: slo:sli_error:ratio_rate1d
                    expr: sum_over_time(slo:sli_error:increase5m{slo="availability"}[1d]) / sum_over_time(slo:sli_total:increase5m{slo="availability"}[1d])
                    labels: {slo: availability}
                  - record: slo:sli_error:ratio_rate30d
                    expr: sum_over_time(slo:sli_error:increase5m{slo="availability"}[30d]) / sum_over_time(slo:sli_total:increase5m{slo="availability"}[30d])
                    labels: {slo: availability}
                """)
        let set = try RuleSet(
            generator: "Vigil", slo: "availability", period: .days(30),
            periodQuery: #"slo:sli_error:ratio_rate30d{slo="availability"}"#, file: file,
            evaluationInterval: .seconds(15))
        let classes = Dictionary(uniqueKeysWithValues: set.recordings.map { ($0.record, $0.windowClass) })
        #expect(classes["slo:sli_error:increase5m"] == .short)
        #expect(classes["slo:sli_error:ratio_rate1d"] == .long)
        #expect(classes["slo:sli_error:ratio_rate30d"] == .period)
        #expect(classes["slo:error_budget_remaining:ratio"] == .period)
        let plan = try BackfillPlan(sets: [set], end: Self.end)
        let rules = Self.passes(plan, set)
        #expect(rules["slo:sli_error:ratio_rate30d"]?.pass == 2)
        #expect(rules["slo:sli_error:ratio_rate30d"]?.need == .minutes(5))
        #expect(rules["slo:sli_error:increase5m"]?.pass == 1)
        #expect(rules["slo:sli_error:increase5m"]?.need == .days(30) + .minutes(10))
        #expect(rules["slo:sli_total:increase5m"]?.need == .days(30) + .minutes(10))
        #expect(rules["slo:sli_error:ratio_rate5m"]?.pass == 1)
        #expect(rules["slo:sli_error:ratio_rate1d"]?.pass == nil)
        // The tiles at 5 minutes fill 486-hour blocks; the 15-second 5m ratio 18-hour ones.
        #expect(plan.steps.map(\.blockRange).sorted() == [.hours(18), .hours(486), .hours(486)])
        let tiles = try #require(plan.steps.first { $0.blockRange == .hours(486) && $0.pass == 1 })
        #expect(tiles.files.flatMap { $0.file.groups.map(\.name) } == ["checkout-slo-availability-tiles"])
        #expect(tiles.files.flatMap { $0.file.groups.flatMap { $0.rules.compactMap(\.record) } }.count == 2)
        let names = plan.steps.flatMap { $0.files.map(\.name) }
        #expect(Set(names).count == names.count)
        #expect(tiles.files.map(\.name) == ["vigil-availability-pass1-\(tiles.start)-20d6h.yml"])
    }

    @Test("a rule reading itself through another is refused")
    func cycles() throws {
        let file = try RuleFile(
            yaml: """
                groups:
                - name: g
                  rules:
                  - record: a
                    expr: b
                  - record: b
                    expr: a
                """)
        #expect(throws: RuleSet.Unsupported.self) {
            try RuleSet(
                generator: "x", slo: "y", period: .days(30), periodQuery: "a", file: file,
                evaluationInterval: .seconds(15))
        }
    }

    @Test("blocks: the longest a range query at the step can fill, the shortest that holds the data")
    func blockRanges() {
        #expect(BlockRange.longest(forStep: .seconds(15)) == .hours(18))
        #expect(BlockRange.longest(forStep: .seconds(30)) == .hours(54))
        #expect(BlockRange.longest(forStep: .seconds(60)) == .hours(162))
        #expect(BlockRange.longest(forStep: .seconds(150)) == .hours(162))
        #expect(BlockRange.longest(forStep: .minutes(5)) == .hours(486))
        #expect(BlockRange.holding(from: Self.end - 824 * 3600, to: Self.end) == .hours(1458))
        // Blocks are half-open: the end, on a 2-hour boundary, opens the next 2-hour block.
        #expect(BlockRange.holding(from: Self.end - 3600, to: Self.end - 1) == .hours(2))
        #expect(BlockRange.holding(from: Self.end - 3600, to: Self.end) == .hours(18))
        #expect(BlockRange.ladder.count == 10)
    }
}
