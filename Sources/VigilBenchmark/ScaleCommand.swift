import ArgumentParser
import Foundation

/// `vigil-bench scale`: compile synthetic stacks of several sizes, each in a child process, and print how each
/// stage's cost grows with the number of services.
struct ScaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale", abstract: "Compile synthetic stacks of several sizes and print the table.")

    @Option(parsing: .upToNextOption, help: "The stack sizes, in services.")
    var services: [Int] = [10, 100, 1000]

    @Option(
        help: "Times each stack is compiled; each stage's best time counts. Stacks of 1000 services or more run once.")
    var repetitions = 3

    /// The runs a stack of `count` services gets: the largest run once, since a run takes long enough to be steady.
    func repetitions(for count: Int) -> Int {
        count >= 1000 ? 1 : repetitions
    }

    func run() throws {
        let runs = try services.map(measure)
        print(
            """
            Synthetic stacks: per service 10 metrics, 5 alerts, 2 SLOs and a 12-panel dashboard. CPU time, best \
            of \(repetitions) runs (one run from 1000 services); per dashboard and per rule divide the total by each \
            count.
            """)
        print(stageTable(runs).text)
        print("\nEmit, by emitter:")
        print(emitterTable(runs).text)
        print("\n" + linearity(runs))
    }

    /// Runs `vigil-bench stack` for one size in a child process.
    func measure(services count: Int) throws -> StackRun {
        let child = Process()
        child.executableURL = Bundle.main.executableURL
        child.arguments = ["stack", "--services", "\(count)", "--repetitions", "\(repetitions(for: count))"]
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        guard child.terminationStatus == 0 else { throw ExitCode(child.terminationStatus) }
        return try JSONDecoder().decode(StackRun.self, from: data)
    }

    /// Stage by stage in CPU time, with the total's elapsed time beside it.
    func stageTable(_ runs: [StackRun]) -> TextTable {
        var table = TextTable(header: [
            "services", "dashboards", "rules", "files", "written", "build", "lower", "validate", "emit", "write",
            "total", "total (wall)", "per dashboard", "per rule", "peak memory",
        ])
        for run in runs {
            let seconds = run.seconds
            table.rows.append([
                "\(run.services)", "\(run.dashboards)", "\(run.rules)", "\(run.files)", Formatting.mebibytes(run.bytes),
                Formatting.milliseconds(seconds.build.cpu), Formatting.milliseconds(seconds.lower.cpu),
                Formatting.milliseconds(seconds.validate.cpu), Formatting.milliseconds(seconds.emit.cpu),
                Formatting.milliseconds(seconds.write.cpu), Formatting.milliseconds(seconds.total.cpu),
                Formatting.milliseconds(seconds.total.wall),
                Formatting.microseconds(seconds.total.cpu / Double(max(run.dashboards, 1))),
                Formatting.microseconds(seconds.total.cpu / Double(max(run.rules, 1))),
                Formatting.mebibytes(run.peakMemory),
            ])
        }
        return table
    }

    func emitterTable(_ runs: [StackRun]) -> TextTable {
        var table = TextTable(header: ["emitter"] + runs.map { "\($0.services) services" })
        for (position, emitter) in (runs.first?.emitters ?? []).enumerated() {
            table.rows.append([emitter.name] + runs.map { Formatting.milliseconds($0.emitters[position].seconds.cpu) })
        }
        return table
    }

    /// The total per service at each size, and the growth exponent between consecutive sizes (1 is linear).
    func linearity(_ runs: [StackRun]) -> String {
        let perService = runs.map {
            "\(Formatting.microseconds($0.seconds.total.cpu / Double($0.services))) at \($0.services)"
        }
        let exponents = zip(runs, runs.dropFirst()).map { small, large in
            let exponent =
                log(large.seconds.total.cpu / small.seconds.total.cpu)
                / log(Double(large.services) / Double(small.services))
            return String(format: "%d→%d: %.2f", small.services, large.services, exponent)
        }
        return """
            Total CPU time per service: \(perService.joined(separator: ", ")).
            Growth exponent of the total CPU time (1.00 is linear, 2.00 quadratic): \(exponents.joined(separator: ", ")).
            """
    }
}
