import ArgumentParser
import Foundation
import VigilDSL

/// `vigil-bench slo-setup`: everything the SLO benchmark needs before Prometheus runs: Vigil's rule files from
/// its compiler, the Sloth and Pyrra rule files, the synthetic data as OpenMetrics, the backfill passes of the
/// recorded series and `plan.json`. `scripts/bench/slo.sh` runs it, then promtool and Prometheus, then
/// `vigil-bench slo-measure`.
struct SLOSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slo-setup",
        abstract: "Write the SLO benchmark's data, rule files and backfill plan into a work folder.")

    @Option(help: "The work folder (created if missing).")
    var work: String

    @Option(help: "The folder of the Sloth and Pyrra rule files and their rule-sets.tsv.")
    var reference = "scripts/bench/slo"

    @Option(help: "The evaluation time in Unix seconds (default 2026-03-01T00:00:00Z).")
    var end: Int64 = 1_772_323_200

    @Option(help: "The seed of the synthetic traffic's noise.")
    var seed: UInt64 = 20_260_301

    func run() throws {
        let clock = ContinuousClock()
        let began = clock.now
        let shape = TrafficShape()
        let vigil = try VigilRuleFiles(stack: SLOBenchmarkStack.stack(shape))
        let folder = URL(fileURLWithPath: work)
        for sub in ["rules", "backfill"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        var sets: [RuleSet] = []
        for file in vigil.files {
            sets.append(
                try ruleSet(
                    "Vigil", file.kind, file.text, period: file.period, query: file.periodQuery, vigil: vigil,
                    into: folder))
        }
        let referenceFolder = URL(fileURLWithPath: reference)
        let listing = try String(contentsOf: referenceFolder.appendingPathComponent("rule-sets.tsv"), encoding: .utf8)
        for entry in try ReferenceRuleFile.entries(listing) {
            let text = try String(
                contentsOf: referenceFolder.appendingPathComponent(entry.fileName), encoding: .utf8)
            sets.append(
                try ruleSet(
                    entry.generator, entry.kind, text, period: entry.period, query: entry.periodQuery, vigil: vigil,
                    into: folder))
        }
        guard let period = sets.first?.period, sets.allSatisfy({ $0.period == period }) else {
            throw ValidationError("every rule set must cover the same period")
        }
        let plan = try BackfillPlan(sets: sets, end: end)
        // The period and the slowest alert window before it, and whatever the backfill reads, to the next hour.
        let longestAlertWindow =
            sets.flatMap { $0.recordings.compactMap(\.window) }.filter { $0 < period }.max() ?? .seconds(0)
        let reach = max(plan.rawLookback, period + longestAlertWindow) + .hours(1)
        let span = (reach.milliseconds / 1000 + 3599) / 3600 * 3600
        let traffic = SyntheticTraffic(
            start: end - span, end: end, step: vigil.scrapeInterval.milliseconds / 1000, seed: seed)
        guard let dataBlock = BlockRange.holding(from: traffic.start, to: end) else {
            throw ValidationError("no promtool block holds \(span) s of data before \(end); pick another --end")
        }
        let truth = try OpenMetricsWriter(traffic: traffic).write(
            to: folder.appendingPathComponent("data.om").path, window: period.milliseconds / 1000)
        try writeBackfill(plan, into: folder)
        let slo = SLOPlan(
            end: end, dataStart: traffic.firstScrape, scrapeIntervalSeconds: traffic.step,
            period: period.description, series: shape.seriesCount, samples: traffic.samples, truth: truth,
            rules: rules(sets, plan),
            periodQueries: sets.map { set in
                SLOPlan.PeriodQuery(
                    generator: set.generator, slo: set.slo, query: set.periodQuery,
                    trueRatio: set.slo == "availability" ? truth.errorRatio : truth.slowRatio)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(slo).write(to: folder.appendingPathComponent("plan.json"))
        let environment = [
            "end=\(end)", "data_block=\(dataBlock)", "evaluation_interval=\(vigil.evaluationInterval)",
            "retention=\(Duration.days(Int64(span / 86_400 + 30)))",
        ]
        try (environment.joined(separator: "\n") + "\n").write(
            to: folder.appendingPathComponent("setup.env"), atomically: true, encoding: .utf8)
        let seconds = (clock.now - began).components
        print(
            """
            data: \(shape.seriesCount) series every \(traffic.step) s for \(span / 3600) h, \(traffic.samples) samples, \
            all written in \(seconds.seconds) s
            true error ratios over \(period): availability \(truth.serverErrors)/\(truth.total) = \
            \(String(format: "%.6f", truth.errorRatio)), latency \(truth.slow)/\(truth.total) = \
            \(String(format: "%.6f", truth.slowRatio))
            rule sets: \(sets.map { "\($0.generator) \($0.slo) (\($0.recordings.count) recording rules)" }.joined(separator: ", "))
            backfill: \(plan.steps.count) promtool runs in \(Set(plan.steps.map(\.pass)).count) passes
            """)
    }

    /// Reads one rule set and keeps a copy of its file in `rules/`.
    func ruleSet(
        _ generator: String, _ kind: String, _ text: String, period: Duration, query: String, vigil: VigilRuleFiles,
        into folder: URL
    ) throws -> RuleSet {
        try text.write(
            to: folder.appendingPathComponent("rules/\(generator.lowercased())-\(kind).yml"), atomically: true,
            encoding: .utf8)
        return try RuleSet(
            generator: generator, slo: kind, period: period, periodQuery: query, file: try RuleFile(yaml: text),
            evaluationInterval: vigil.evaluationInterval)
    }

    /// The backfill's rule files, and `backfill.tsv`: per promtool run its pass, start, end, block length and
    /// files, tab-separated.
    func writeBackfill(_ plan: BackfillPlan, into folder: URL) throws {
        var lines: [String] = []
        for step in plan.steps {
            for (name, file) in step.files {
                try file.yaml().write(
                    to: folder.appendingPathComponent("backfill/\(name)"), atomically: true, encoding: .utf8)
            }
            let files = step.files.map(\.name).joined(separator: " ")
            lines.append("\(step.pass)\t\(step.start)\t\(step.end)\t\(step.blockRange)\t\(files)")
        }
        try (lines.map { $0 + "\n" }.joined()).write(
            to: folder.appendingPathComponent("backfill.tsv"), atomically: true, encoding: .utf8)
    }

    /// Every recording rule of every set, for `plan.json`.
    func rules(_ sets: [RuleSet], _ plan: BackfillPlan) -> [SLOPlan.Rule] {
        sets.enumerated().flatMap { setIndex, set in
            set.recordings.enumerated().map { index, rule in
                SLOPlan.Rule(
                    generator: set.generator, slo: set.slo, group: rule.group, intervalSeconds: rule.interval.seconds,
                    record: rule.record,
                    labels: Dictionary(rule.labels, uniquingKeysWith: { _, last in last }), expression: rule.expression,
                    window: rule.window?.description,
                    windowClass: rule.windowClass, backfillPass: plan.passes[setIndex][index])
            }
        }
    }
}
