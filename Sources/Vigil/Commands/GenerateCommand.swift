import ArgumentParser
import VigilCompiler
import VigilDSL

/// `specs generate`: check the specs and write every stack's files.
struct GenerateCommand: PackageCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Check the specs and write each stack into <dir>/<stack>/.",
        discussion: """
            Nothing is written when a spec has an error. Files whose contents did not change are left alone; \
            files generated before that the specs no longer produce are deleted; files vigil did not write are \
            never touched, and links below <dir>/ are never followed. Each stack is updated in one step: a run \
            that is interrupted is finished by the next one. Runs on one <dir>/ take turns. The spec files' \
            formatting is checked first with `swift format lint --strict` and the package's .swift-format: each \
            finding is a warning (`make format` fixes them), which does not fail the run; --no-format-check \
            leaves it out (the benchmark times the generator alone).
            """)

    @OptionGroup var selection: StackSelection

    @Flag(
        inversion: .prefixedNo,
        help: "Check the spec files with swift format lint first and print its findings as warnings.")
    var formatCheck = true

    func run(stacks: [Stack], templates: TemplateLibrary, package: SpecsPackage?, console: Console) throws -> ExitCode {
        if formatCheck, let package {
            SpecLint(package: package).report(on: console)
        }
        let result = try Compiler().compile(try selection.select(from: stacks), templates: templates)
        console.report(result.diagnostics)
        guard !result.hasErrors else { return .failure }
        let writer = OutputWriter(root: selection.outputURL) { console.err("note: \($0)") }
        do {
            for summary in try writer.write(result.outputs, removeUndeclaredStacks: selection.isEverything) {
                report(summary, on: console)
            }
        } catch let conflict as OutputWriter.Conflict {
            console.err("error: \(conflict)")
            return .failure
        } catch let error as OutputFileError {
            console.err("error: \(error)")
            return .failure
        }
        return .success
    }

    /// Prints what writing one stack did.
    func report(_ summary: OutputWriter.Summary, on console: Console) {
        switch summary.recovery {
        case .rolledBack: console.out("\(summary.stackName): discarded the staged files of an interrupted run")
        case .rolledForward: console.out("\(summary.stackName): finished the update of an interrupted run")
        case nil: break
        }
        for warning in summary.warnings {
            console.err("warning: \(warning)")
        }
        for path in summary.kept {
            console.out("\(summary.stackName): kept \(path), which keeps the other files in its folder out of git")
        }
        console.out(
            "\(summary.stackName): \(summary.written.count) written, \(summary.unchanged.count) unchanged, "
                + "\(summary.removed.count) removed")
    }
}
