import ArgumentParser
import VigilCompiler
import VigilDSL

/// `specs check`: tell whether the generated files are what the specs produce.
struct CheckCommand: StackCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fail when <dir>/ differs from what the specs generate (writes nothing).",
        discussion: "Names every drifted, missing and extra file. Run in CI so that a stale generated/ cannot land.")

    @OptionGroup var selection: StackSelection

    func run(stacks: [Stack], templates: TemplateLibrary, console: Console) throws -> ExitCode {
        let result = try Compiler().compile(try selection.select(from: stacks), templates: templates)
        console.report(result.diagnostics)
        guard !result.hasErrors else { return .failure }
        let drifts = DriftCheck(root: selection.outputURL).check(
            result.outputs, includeUndeclaredStacks: selection.isEverything)
        guard drifts.isEmpty else {
            for drift in drifts {
                console.err(drift.description)
            }
            console.err(
                "error: \(drifts.count) generated file\(drifts.count == 1 ? " is" : "s are") out of date; "
                    + "run `make generate` and commit \(selection.output)/")
            return .failure
        }
        let fileCount = result.outputs.reduce(0) { $0 + $1.files.count }
        let stackCount = result.outputs.count
        console.out(
            "\(selection.output)/ is up to date (\(stackCount) stack\(stackCount == 1 ? "" : "s"), \(fileCount) files)")
        return .success
    }
}
