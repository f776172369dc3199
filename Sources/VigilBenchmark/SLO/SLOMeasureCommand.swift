import ArgumentParser
import Foundation

/// `vigil-bench slo-measure`: with Prometheus serving the backfilled data, evaluates every recording rule of the
/// plan at the end time (best of a few runs), reads each rule set's period error ratio, and prints the report.
struct SLOMeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slo-measure",
        abstract: "Evaluate the SLO benchmark's rules on a running Prometheus and print the report.")

    @OptionGroup var measurement: MeasurementOptions

    func run() throws {
        let folder = URL(fileURLWithPath: measurement.work)
        let plan = try JSONDecoder().decode(
            SLOPlan.self, from: Data(contentsOf: folder.appendingPathComponent("plan.json")))
        var rules: [RuleMeasurement] = []
        for rule in plan.rules {
            let best = try measurement.fastest(rule.expression, at: plan.end)
            rules.append(
                RuleMeasurement(rule: rule, samples: best.samples, seconds: best.seconds, series: best.values.count))
        }
        let periods = try plan.periodQueries.map { query in
            PeriodMeasurement(
                query: query, value: try InstantQuery(query.query, at: plan.end, url: measurement.url).values.first)
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
