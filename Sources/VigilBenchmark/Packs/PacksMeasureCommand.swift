import ArgumentParser
import Foundation

/// `vigil-bench packs-measure`: with Prometheus serving the fleet's data, evaluates every pack alert at the end
/// time (best of a few runs) and prints what each pack costs per evaluation and per day.
struct PacksMeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs-measure",
        abstract: "Evaluate the rule pack benchmark's alerts on a running Prometheus and print the report.")

    @OptionGroup var measurement: MeasurementOptions

    func run() throws {
        let plan = try JSONDecoder().decode(
            PackCostPlan.self,
            from: Data(contentsOf: URL(fileURLWithPath: measurement.work).appendingPathComponent("plan.json")))
        let measured = try plan.alerts.map { alert in
            (alert: alert, query: try measurement.fastest(alert.expression, at: plan.end))
        }
        print(PackCostReport(plan: plan, measured: measured).text)
        let unread = measured.filter { $0.query.samples == 0 }
        if !unread.isEmpty {
            throw ValidationError(
                "alerts read no sample (their inputs are missing): \(unread.map(\.alert.name).joined(separator: ", "))")
        }
    }
}
