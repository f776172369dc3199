import ArgumentParser
import Foundation
import VigilBackends
import VigilCompiler
import VigilModel

/// `vigil-bench dashboards`: the dashboard workload alone, through Vigil and, when a Python with grafanalib and
/// grafana-foundation-sdk is given, through those two libraries, with the ratio.
struct DashboardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboards",
        abstract: "Time N synthetic dashboards from Swift values to JSON, and the same in Python libraries.",
        discussion: """
            Vigil's time covers building the DSL values, lowering, validating every query against the declared \
            metrics, and emitting the JSON; the Python libraries' covers building their objects and encoding \
            them as JSON, both indented (what Vigil and the libraries' tools write) and compact (Python's C \
            encoder, their fastest path). Neither writes files.
            """)

    @Option(help: "Dashboards in the workload.")
    var count = 500

    @Option(help: "Times the workload runs; the best time counts.")
    var repetitions = 5

    @Option(help: "A Python interpreter that has grafanalib and grafana-foundation-sdk installed.")
    var python: String?

    @Option(help: "The Python side of the workload (scripts/bench/dashboards.py).")
    var script = "scripts/bench/dashboards.py"

    /// The Python libraries compared, as the script names them and as the table shows them.
    static let libraries = [("grafanalib", "grafanalib 0.7.1"), ("foundation", "grafana-foundation-sdk 0.0.21")]

    /// How the Python side encodes its JSON. Vigil writes two-space indented JSON, as both libraries' own
    /// command-line tools do; without an indent Python's C encoder runs, their fastest path.
    enum Encoding: CaseIterable {
        case indented, compact

        var label: String {
            switch self {
            case .indented: "indented, as Vigil and the libraries' tools write"
            case .compact: "compact, Python's C encoder"
            }
        }
    }

    func run() throws {
        let (vigil, stages) = try vigilTime()
        var table = TextTable(header: [
            "tool", "JSON", "CPU", "elapsed", "CPU per dashboard", "Vigil faster (CPU)", "Vigil faster (elapsed)",
        ])
        table.rows.append(row("Vigil", "indented", vigil, against: nil))
        var fastest: [Encoding: Stopwatch.Reading] = [:]
        if let python {
            for encoding in Encoding.allCases {
                for (name, title) in Self.libraries {
                    let time = try pythonTime(python, library: name, encoding: encoding)
                    fastest[encoding] = fastest[encoding].map { $0.cpu < time.cpu ? $0 : time } ?? time
                    table.rows.append(row(title, encoding == .indented ? "indented" : "compact", time, against: vigil))
                }
            }
        }
        print("Dashboard workload: \(count) twelve-panel dashboards to JSON in memory; best of \(repetitions) runs.")
        print(table.text)
        print(
            "Vigil's stages, CPU per dashboard (each stage's best run): "
                + stages.map { "\($0.name) \(Formatting.microseconds($0.time.cpu / Double(count)))" }
                .joined(separator: ", "))
        for encoding in Encoding.allCases {
            guard let library = fastest[encoding] else { continue }
            print(
                "Vigil against the faster Python library, its JSON \(encoding.label): "
                    + "\(Formatting.ratio(library.cpu / vigil.cpu)) per dashboard in CPU time, "
                    + "\(Formatting.ratio(library.wall / vigil.wall)) elapsed (target: at least 10x).")
        }
    }

    func row(_ tool: String, _ json: String, _ time: Stopwatch.Reading, against vigil: Stopwatch.Reading?) -> [String] {
        [
            tool, json, Formatting.milliseconds(time.cpu), Formatting.milliseconds(time.wall),
            Formatting.microseconds(time.cpu / Double(count)),
            vigil.map { Formatting.ratio(time.cpu / $0.cpu) } ?? "",
            vigil.map { Formatting.ratio(time.wall / $0.wall) } ?? "",
        ]
    }

    /// Vigil's best time for the whole workload, and each stage's best time: building the DSL values,
    /// lowering, validating, emitting.
    func vigilTime() throws -> (total: Stopwatch.Reading, stages: [(name: String, time: Stopwatch.Reading)]) {
        let compiler = Compiler(emitters: [DashboardsEmitter()])
        var best = Stopwatch.Reading.infinity
        var stages = Array(repeating: Stopwatch.Reading.infinity, count: 4)
        for _ in 0..<max(repetitions, 1) {
            let built = Stopwatch.measure { SyntheticStack.dashboards(count) }
            let lowered = Stopwatch.measure { compiler.lower([built.result]) }
            let validated = Stopwatch.measure { compiler.validate(lowered.result) }
            let errors = validated.result.filter { $0.severity == .error }
            guard errors.isEmpty else {
                throw PipelineBenchmark.SpecErrors(description: DiagnosticPrinter(root: "").render(errors))
            }
            let emitted = try Stopwatch.measure { try compiler.emit(lowered.result) }
            let times = [built.time, lowered.time, validated.time, emitted.time]
            best = best.fastest(times.dropFirst().reduce(times[0], +))
            stages = zip(stages, times).map { $0.fastest($1) }
        }
        return (best, zip(["build", "lower", "validate", "emit"], stages).map { ($0, $1) })
    }

    /// The best times the Python script reports for `library` encoding its JSON as `encoding`.
    func pythonTime(_ python: String, library: String, encoding: Encoding) throws -> Stopwatch.Reading {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: python)
        child.arguments =
            [
                script, "--library", library, "--count", "\(count)", "--repetitions", "\(repetitions)",
            ] + (encoding == .indented ? ["--indent"] : [])
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let numbers = text.split(separator: " ").compactMap { Double($0) }
        guard child.terminationStatus == 0, numbers.count == 2 else {
            throw ValidationError("\(script) --library \(library) failed (exit \(child.terminationStatus)): \(text)")
        }
        return Stopwatch.Reading(wall: numbers[0], cpu: numbers[1])
    }
}
