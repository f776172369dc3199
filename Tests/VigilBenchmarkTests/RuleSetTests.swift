import Testing
import VigilDSL

@testable import vigil_bench

@Suite("SLO benchmark: rule sets read from rule files")
struct RuleSetTests {
    /// The class of every recording rule of a set, by record name (with its labels when names repeat).
    static func classes(_ set: RuleSet) -> [String: WindowClass] {
        Dictionary(
            set.recordings.map { rule in
                (
                    rule.record + (rule.labels.first { $0.name == "le" }.map { "{le=\($0.value)}" } ?? ""),
                    rule.windowClass
                )
            }, uniquingKeysWith: { first, _ in first })
    }

    @Test("Sloth: windows from the names, derived rules from the series they read, metadata without one")
    func sloth() throws {
        let set = try BenchmarkFiles.ruleSet("Sloth", "availability")
        #expect(set.recordings.count == 15)
        let classes = Self.classes(set)
        for window in ["5m", "30m", "1h", "2h", "6h"] {
            #expect(classes["slo:sli_error:ratio_rate\(window)"] == .short)
        }
        #expect(classes["slo:sli_error:ratio_rate1d"] == .long)
        #expect(classes["slo:sli_error:ratio_rate3d"] == .long)
        #expect(classes["slo:sli_error:ratio_rate30d"] == .period)
        #expect(classes["slo:current_burn_rate:ratio"] == .short)
        #expect(classes["slo:period_burn_rate:ratio"] == .period)
        #expect(classes["slo:period_error_budget_remaining:ratio"] == .period)
        for constant in ["slo:objective:ratio", "slo:error_budget:ratio", "slo:time_period:days", "sloth_slo_info"] {
            #expect(classes[constant] == .other)
        }
        #expect(set.recordings.allSatisfy { $0.interval == .seconds(15) })
        let period = try #require(set.recordings.first { $0.record == "slo:sli_error:ratio_rate30d" })
        #expect(
            period.dependencies.map { set.recordings[$0.rule].record } == [
                "slo:sli_error:ratio_rate5m", "slo:sli_error:ratio_rate5m",
            ])
        #expect(period.dependencies.map(\.lookback) == [.days(30), .days(30)])
    }

    @Test("Pyrra: group intervals, scaled windows, two increase records told apart by le")
    func pyrra() throws {
        let set = try BenchmarkFiles.ruleSet("Pyrra", "latency")
        let classes = Self.classes(set)
        #expect(classes["http_request_duration_seconds:increase30d"] == .period)
        #expect(classes["http_request_duration_seconds:increase30d{le=0.3}"] == .period)
        #expect(classes["http_request_duration_seconds:burnrate6h26m"] == .short)
        #expect(classes["http_request_duration_seconds:burnrate1d1h43m"] == .long)
        #expect(classes["http_request_duration_seconds:burnrate4d6h51m"] == .long)
        #expect(set.recordings.filter { $0.interval == .seconds(150) }.count == 2)
        #expect(set.recordings.filter { $0.interval == .seconds(30) }.count == 7)
        // The period query reads the bucket (le="0.3") and the count (le="") records. `le=""` rules out the bucket
        // record; `le="0.3"` cannot rule out the count record without evaluating it (it sets no `le`, its query
        // might), so both are read there.
        let reads = try SeriesRead.all(in: set.periodQuery)
        let selected = set.dependencies(of: reads).map { dependency in
            set.recordings[dependency.rule].labels.first { $0.name == "le" }?.value ?? "none"
        }
        #expect(selected == ["none", "0.3", "none"])
    }

    @Test("every reference rule file reads only the benchmark's metrics and the sets' own records")
    func referenceFilesReadTheBenchmarkData() throws {
        let shape = TrafficShape()
        let metrics: Set<String> = [
            shape.requestsMetric, shape.latencyMetric + "_count", shape.latencyMetric + "_bucket",
        ]
        for entry in try BenchmarkFiles.entries() {
            let set = try BenchmarkFiles.ruleSet(entry.generator, entry.kind)
            #expect(set.period == .days(30))
            for rule in set.recordings {
                for read in set.rawReads(rule.reads) {
                    #expect(metrics.contains(read.name), "\(entry.generator) \(rule.record) reads \(read.name)")
                }
            }
        }
    }

    @Test("rule-sets.tsv: five tab-separated fields, comments skipped, anything else refused")
    func listing() throws {
        let entries = try ReferenceRuleFile.entries("# a comment\nSloth\tlatency\tf.yml\t28d\tq{a=\"b\"}\n\n")
        #expect(entries.count == 1)
        #expect(entries.first?.period == .days(28))
        #expect(entries.first?.periodQuery == #"q{a="b"}"#)
        #expect(throws: ReferenceRuleFile.Malformed.self) { try ReferenceRuleFile.entries("Sloth\tlatency\tf.yml\n") }
        #expect(throws: ReferenceRuleFile.Malformed.self) { try ReferenceRuleFile.entries("a\tb\tc\t30 days\te\n") }
    }
}
