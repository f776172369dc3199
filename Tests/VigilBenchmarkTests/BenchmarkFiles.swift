import Foundation
import Testing

@testable import vigil_bench

/// The SLO benchmark's checked-in reference rule files (`scripts/bench/slo`), read from the package.
enum BenchmarkFiles {
    /// `scripts/bench/slo` in the package.
    static let reference = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // VigilBenchmarkTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package
        .appendingPathComponent("scripts/bench/slo")

    /// The entries of `rule-sets.tsv`.
    static func entries() throws -> [ReferenceRuleFile] {
        try ReferenceRuleFile.entries(
            String(contentsOf: reference.appendingPathComponent("rule-sets.tsv"), encoding: .utf8))
    }

    /// The rule set of one entry, groups without an interval evaluated every 15 s.
    static func ruleSet(_ generator: String, _ kind: String) throws -> RuleSet {
        let entry = try #require(try entries().first { $0.generator == generator && $0.kind == kind })
        let text = try String(contentsOf: reference.appendingPathComponent(entry.fileName), encoding: .utf8)
        return try RuleSet(
            generator: generator, slo: kind, period: entry.period, periodQuery: entry.periodQuery,
            file: try RuleFile(yaml: text), evaluationInterval: .seconds(15))
    }
}
