import ArgumentParser
import Foundation

/// `vigil-bench packs-measure`: with Prometheus serving the fleet's data, evaluates every pack alert at the end
/// time (best of a few runs) and prints what each pack costs per evaluation and per day.
struct PacksMeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs-measure",
        abstract: "Evaluate the rule pack benchmark's alerts on a running Prometheus and print the report.")

    @Option(help: "The work folder `vigil-bench packs-setup` wrote.")
    var work: String

    @Option(help: "The Prometheus server, e.g. http://127.0.0.1:9090.")
    var url: String

    @Option(help: "Runs of each query; the fastest counts.")
    var repetitions = 3

    func run() throws {
        let plan = try JSONDecoder().decode(
            PackCostPlan.self, from: Data(contentsOf: URL(fileURLWithPath: work).appendingPathComponent("plan.json")))
        var measured: [(alert: PackFleet.Alert, query: InstantQuery)] = []
        for alert in plan.alerts {
            var best: InstantQuery?
            for _ in 0..<max(repetitions, 1) {
                let run = try InstantQuery(alert.expression, at: plan.end, url: url)
                if best.map({ run.seconds < $0.seconds }) ?? true { best = run }
            }
            if let best { measured.append((alert, best)) }
        }
        print(PackCostReport(plan: plan, measured: measured).text)
        let unread = measured.filter { $0.query.samples == 0 }
        if !unread.isEmpty {
            throw ValidationError(
                "alerts read no sample (their inputs are missing): \(unread.map(\.alert.name).joined(separator: ", "))")
        }
    }
}
