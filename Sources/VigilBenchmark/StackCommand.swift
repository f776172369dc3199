import ArgumentParser
import Foundation

/// `vigil-bench stack`: compile one synthetic stack and print its figures as JSON (`scale` runs it once per size,
/// each in its own process, so that peak memory belongs to one size).
struct StackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stack", abstract: "Compile one synthetic stack and print the figures as JSON.")

    @Option(help: "Services in the stack.")
    var services: Int

    @Option(help: "Times the stack is built and compiled; each stage's best time counts.")
    var repetitions = 3

    func run() throws {
        let result = try PipelineBenchmark(repetitions: repetitions).run(services: services) {
            SyntheticStack.services(services)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(result), as: UTF8.self))
    }
}
