import ArgumentParser
import Foundation
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilEndToEnd

/// `specs e2e`: run each stack for real on loopback and prove its alerting works end to end.
struct EndToEndCommand: StackCommand {
    static let configuration = CommandConfiguration(
        commandName: "e2e",
        abstract: "Run the stacks' local profiles with the real prometheus and alertmanager.",
        discussion: """
            For each stack: writes its local profile (scrapes pointed at a test exporter, receivers at a \
            webhook sink, short timings; rules, routing and templates unchanged) to a temporary folder, starts \
            Prometheus and Alertmanager on free 127.0.0.1 ports, and checks that every target is up, every rule \
            evaluates without error, and that injected faults (targets down, SLO budgets burning, slow requests) \
            fire the expected alerts, which Alertmanager groups, inhibits and delivers to the receivers the \
            routing tree picks, with the rendered annotations, and which resolve once the fault is gone. The \
            binaries must be of the release lines the stack deploys (it prints their versions and refuses \
            others); scripts/bootstrap.sh installs them from Debian's packages into .tools/bin.
            """)

    /// The tools this command runs.
    static let tools = [ProvingTools.prometheus, ProvingTools.alertmanager]

    @OptionGroup var selection: StackSelection

    func run(stacks: [Stack], templates: TemplateLibrary, console: Console) throws -> ExitCode {
        let selected = try selection.select(from: stacks)
        let result = try Compiler().compile(selected, templates: templates)
        guard !result.hasErrors else {
            console.err("error: the specs have errors; run `make generate` to see them")
            return .failure
        }
        guard let tools = try ProvingToolCheck(Self.tools, console: console) else { return .failure }
        var failed: [String] = []
        for stack in selected {
            let lowered = StackLowering.lower(stack, templates: templates)
            guard
                tools.refusals(
                    for: stack.name, deploying: ComposeProject(lowered).containers.map(\.image), console: console) == 0
            else {
                failed.append(stack.name)
                continue
            }
            let report = EndToEndRunner().run(lowered) { line in
                console.out(line)
                fflush(nil)  // one line per check as it happens, also into a pipe or a file
            }
            for reason in report.skipped {
                console.out("skipped \(stack.name): \(reason)")
            }
            if !report.succeeded {
                failed.append(stack.name)
                console.err(report.failures.map { "FAILED  \(stack.name): \($0)" }.joined(separator: "\n"))
            }
        }
        guard failed.isEmpty else {
            console.err("error: end-to-end checks failed for \(failed.joined(separator: ", "))")
            return .failure
        }
        return .success
    }
}
