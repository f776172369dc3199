import ArgumentParser
import VigilImport

/// `vigil-bench import`: how fast `specs import` reads a stack's worth of input: rules and dashboards, made by
/// the benchmark (``SyntheticImportInput``), through reading and inference, writing the Swift files, and
/// `--verify`.
struct ImportBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Time specs import of N synthetic rules and M synthetic dashboards, and its --verify.",
        discussion: """
            The plan covers reading the rule file and the dashboards' JSON, parsing every query, inferring the \
            metrics and asking the checker about the result; the Swift stage writes the stack's files' text (not \
            swift format, which the command runs after); verify generates the rules and dashboards and compares \
            them with the input. Nothing is written to disk.
            """)

    @Option(help: "Rules in the input (whole groups of 10).")
    var rules = 1000

    @Option(help: "Dashboards in the input, twelve panels each.")
    var dashboards = 100

    @Option(help: "Times the import runs; each stage's best time counts.")
    var repetitions = 3

    func run() throws {
        let ruleFile = [(name: "rules.yml", text: SyntheticImportInput.ruleFile(rules: rules))]
        let dashboardFiles = try SyntheticImportInput.dashboards(dashboards)
        var stages = Array(repeating: Stopwatch.Reading.infinity, count: 3)
        var counts = (rules: 0, panels: 0)
        for _ in 0..<max(repetitions, 1) {
            let planned = try Stopwatch.measure {
                try Importer(stackName: "Bench").plan(ruleFiles: ruleFile, dashboardFiles: dashboardFiles)
            }
            let written = Stopwatch.measure { planned.result.files.map(\.text.utf8.count).reduce(0, +) }
            let verified = try Stopwatch.measure {
                (try RuleFidelity(plan: planned.result), try DashboardFidelity(plan: planned.result))
            }
            let (ruleFidelity, dashboardFidelity) = verified.result
            guard ruleFidelity.mismatches.isEmpty, dashboardFidelity.mismatches.isEmpty else {
                throw ValidationError(
                    "the synthetic import does not verify: \(ruleFidelity.mismatches + dashboardFidelity.mismatches)")
            }
            counts = (ruleFidelity.comparedRules, dashboardFidelity.comparedPanels)
            stages = zip(stages, [planned.time, written.time, verified.time]).map { $0.fastest($1) }
        }
        print(
            "Import workload: \(counts.rules) rules and \(dashboards) dashboards (\(counts.panels) panels); "
                + "CPU time, best of \(repetitions) runs.")
        var table = TextTable(header: ["stage", "CPU", "elapsed"])
        let names = ["read, infer, check (plan)", "write the Swift files", "--verify (generate, compare)"]
        for (name, time) in zip(names, stages) {
            table.rows.append([name, Formatting.milliseconds(time.cpu), Formatting.milliseconds(time.wall)])
        }
        let total = stages.dropFirst().reduce(stages[0], +)
        table.rows.append(["total", Formatting.milliseconds(total.cpu), Formatting.milliseconds(total.wall)])
        print(table.text)
    }
}
