import ArgumentParser
import Foundation

/// `vigil-bench slo-measure`: with Prometheus serving the backfilled data, evaluates every recording rule of the
/// plan at the end time (best of a few runs), reads each rule set's period error ratio, and prints the report.
struct SLOMeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slo-measure",
        abstract: "Evaluate the SLO benchmark's rules on a running Prometheus and print the report.")

    @Option(help: "The work folder `vigil-bench slo-setup` wrote.")
    var work: String

    @Option(help: "The Prometheus server, e.g. http://127.0.0.1:9090.")
    var url: String

    @Option(help: "Runs of each query; the fastest counts.")
    var repetitions = 3

    func run() throws {
        let folder = URL(fileURLWithPath: work)
        let plan = try JSONDecoder().decode(
            SLOPlan.self, from: Data(contentsOf: folder.appendingPathComponent("plan.json")))
        var rules: [RuleMeasurement] = []
        for rule in plan.rules {
            var best: InstantQuery?
            for _ in 0..<max(repetitions, 1) {
                let run = try InstantQuery(rule.expression, at: plan.end, url: url)
                if best.map({ run.seconds < $0.seconds }) ?? true { best = run }
            }
            guard let best else { continue }
            rules.append(
                RuleMeasurement(rule: rule, samples: best.samples, seconds: best.seconds, series: best.values.count))
        }
        let periods = try plan.periodQueries.map { query in
            PeriodMeasurement(query: query, value: try InstantQuery(query.query, at: plan.end, url: url).values.first)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(SLOResults(rules: rules, periods: periods)).write(
            to: folder.appendingPathComponent("results.json"))
        print(SLOReport(plan: plan, rules: rules, periods: periods).text)
        let empty = rules.filter { $0.series == 0 }
        if !empty.isEmpty {
            throw ValidationError(
                "rules returned nothing (their inputs are missing): "
                    + empty.map { "\($0.rule.generator) \($0.rule.slo) \($0.rule.record)" }.joined(separator: ", "))
        }
    }
}
