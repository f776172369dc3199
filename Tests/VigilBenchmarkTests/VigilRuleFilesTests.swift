import Testing
import VigilDSL

@testable import vigil_bench

@Suite("SLO benchmark: Vigil's rules come from its compiler")
struct VigilRuleFilesTests {
    @Test("both SLOs' rule files, with a period series that a recording rule of the file records")
    func compiled() throws {
        let vigil = try VigilRuleFiles(stack: SLOBenchmarkStack.stack())
        #expect(vigil.files.map(\.kind) == ["availability", "latency"])
        #expect(vigil.evaluationInterval == .seconds(15))
        #expect(vigil.scrapeInterval == .seconds(15))
        #expect(
            vigil.files.first?.periodQuery == #"slo:sli_error:ratio_rate30d{service="checkout",slo="availability"}"#)
        for file in vigil.files {
            #expect(file.period == .days(30))
            let set = try RuleSet(
                generator: "Vigil", slo: file.kind, period: file.period, periodQuery: file.periodQuery,
                file: try RuleFile(yaml: file.text), evaluationInterval: vigil.evaluationInterval)
            let classes = Set(set.recordings.map(\.windowClass))
            #expect(classes.isSuperset(of: [.short, .long, .period]))
            #expect(!set.dependencies(of: try SeriesRead.all(in: file.periodQuery)).isEmpty)
            // Only the benchmark's metrics and the file's own records are read.
            let raw = Set(set.recordings.flatMap { set.rawReads($0.reads).map(\.name) })
            #expect(
                raw.isSubset(of: [
                    "http_requests_total", "http_request_duration_seconds_count",
                    "http_request_duration_seconds_bucket",
                ]))
        }
    }

    @Test("the latency SLO selects the threshold's bucket as Prometheus 3 stores it")
    func latencyBucket() throws {
        let vigil = try VigilRuleFiles(stack: SLOBenchmarkStack.stack())
        let latency = try #require(vigil.files.last)
        let set = try RuleSet(
            generator: "Vigil", slo: latency.kind, period: latency.period, periodQuery: latency.periodQuery,
            file: try RuleFile(yaml: latency.text), evaluationInterval: vigil.evaluationInterval)
        let buckets = set.recordings.flatMap { rule in
            rule.reads.filter { $0.name == "http_request_duration_seconds_bucket" }
        }
        #expect(!buckets.isEmpty)
        #expect(buckets.allSatisfy { $0.equalities["le"] == "0.3" })
    }
}
