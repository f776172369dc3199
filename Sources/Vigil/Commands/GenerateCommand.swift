import ArgumentParser
import VigilCompiler
import VigilDSL

/// `specs generate`: check the specs and write every stack's files.
struct GenerateCommand: StackCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Check the specs and write each stack into <dir>/<stack>/.",
        discussion: """
            Nothing is written when a spec has an error. Files whose contents did not change are left alone; \
            files generated before that the specs no longer produce are deleted; files vigil did not write are \
            never touched.
            """)

    @OptionGroup var selection: StackSelection

    func run(stacks: [Stack], templates: TemplateLibrary, console: Console) throws -> ExitCode {
        let result = try Compiler().compile(try selection.select(from: stacks), templates: templates)
        console.report(result.diagnostics)
        guard !result.hasErrors else { return .failure }
        let writer = OutputWriter(root: selection.outputURL)
        do {
            for summary in try writer.write(result.outputs, removeUndeclaredStacks: selection.isEverything) {
                console.out(
                    "\(summary.stackName): \(summary.written.count) written, \(summary.unchanged.count) unchanged, "
                        + "\(summary.removed.count) removed")
            }
        } catch let conflict as OutputWriter.Conflict {
            console.err("error: \(conflict)")
            return .failure
        }
        return .success
    }
}
