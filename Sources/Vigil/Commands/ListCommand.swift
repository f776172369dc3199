import ArgumentParser
import VigilCompiler
import VigilDSL

/// `specs list`: the declared stacks and what they hold.
struct ListCommand: StackCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the stacks the specs declare, their services and generated files.")

    @OptionGroup var selection: StackSelection

    func run(stacks: [Stack], templates: TemplateLibrary, console: Console) throws -> ExitCode {
        let selected = try selection.select(from: stacks)
        let result = try Compiler().compile(selected, templates: templates)
        console.report(result.diagnostics)
        guard !result.hasErrors else { return .failure }
        for (stack, output) in zip(selected.map { StackLowering.lower($0, templates: templates) }, result.outputs) {
            console.out("\(stack.name)")
            for job in stack.scrapeJobs {
                let targets = job.targets.map { "\(job.scheme)://\($0)\(job.metricsPath)" }
                console.out("  job \(job.name): \(targets.joined(separator: ", "))")
            }
            for file in output.files {
                console.out("  file \(selection.output)/\(stack.name)/\(file.path)")
            }
        }
        return .success
    }
}
