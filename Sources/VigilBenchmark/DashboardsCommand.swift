import ArgumentParser
import Foundation
import VigilCompiler

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
        let vigil = try vigilTime()
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

    /// Vigil's best time: build, lower, validate and emit the dashboards.
    func vigilTime() throws -> Stopwatch.Reading {
        let compiler = Compiler(emitters: [DashboardsEmitter()])
        var best = Stopwatch.Reading.infinity
        for _ in 0..<max(repetitions, 1) {
            let time = try Stopwatch.measure {
                let resolved = compiler.lower([SyntheticStack.dashboards(count)])
                let errors = compiler.validate(resolved).filter { $0.severity == .error }
                guard errors.isEmpty else {
                    throw PipelineBenchmark.SpecErrors(description: DiagnosticPrinter(root: "").render(errors))
                }
                return try compiler.emit(resolved)
            }
            .time
            best = best.fastest(time)
        }
        return best
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
