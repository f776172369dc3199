import ArgumentParser
import VigilCompiler
import VigilDSL

/// `specs check`: tell whether the generated files are what the specs produce.
struct CheckCommand: StackCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fail when <dir>/ differs from what the specs generate (writes nothing).",
        discussion: """
            Names every drifted, missing and extra file, wrong modes, links in the way, what an interrupted \
            generate left, and files vigil did not generate in folders a tool loads whole (prometheus/rules, \
            prometheus/tests, grafana/dashboards, grafana/provisioning). Run in CI so that a stale generated/ \
            cannot land.
            """)

    @OptionGroup var selection: StackSelection

    func run(stacks: [Stack], templates: TemplateLibrary, console: Console) throws -> ExitCode {
        let result = try Compiler().compile(try selection.select(from: stacks), templates: templates)
        console.report(result.diagnostics)
        guard !result.hasErrors else { return .failure }
        let drifts: [DriftCheck.Drift]
        do {
            drifts = try DriftCheck(root: selection.outputURL) { console.err("note: \($0)") }.check(
                result.outputs, includeUndeclaredStacks: selection.isEverything)
        } catch let error as OutputFileError {
            console.err("error: \(error)")
            return .failure
        }
        guard drifts.isEmpty else {
            for drift in drifts {
                console.err(drift.description)
            }
            console.err(
                "error: \(selection.output)/ is out of date (\(drifts.count) finding\(drifts.count == 1 ? "" : "s")); "
                    + "run `make generate`, move away what it leaves alone, and commit \(selection.output)/")
            return .failure
        }
        let fileCount = result.outputs.reduce(0) { $0 + $1.files.count }
        let stackCount = result.outputs.count
        console.out(
            "\(selection.output)/ is up to date (\(stackCount) stack\(stackCount == 1 ? "" : "s"), \(fileCount) files)")
        return .success
    }
}
