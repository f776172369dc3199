import ArgumentParser
import Foundation
import VigilCompiler
import VigilDSL

/// `specs validate`: run the real tools on the generated files.
struct ValidateCommand: StackCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Run promtool, amtool and docker-compose on the generated stacks.",
        discussion: """
            Checks the files on disk (run `generate` or `check` first): promtool check config, check rules and \
            test rules; amtool check-config and each routing test (amtool config routes test); and \
            docker-compose config. The tools come from Debian's packages: scripts/bootstrap.sh installs them.
            """)

    @OptionGroup var selection: StackSelection

    func run(stacks: [Stack], templates: TemplateLibrary, console: Console) throws -> ExitCode {
        var failures = 0
        for stack in try selection.select(from: stacks) {
            let folder = selection.outputURL.appendingPathComponent(stack.name, isDirectory: true)
            guard FileManager.default.fileExists(atPath: folder.path) else {
                console.err("error: \(folder.relativePath) does not exist; run `make generate` first")
                failures += 1
                continue
            }
            do {
                for run in try StackVerifier().verify(stackFolder: folder) {
                    if run.succeeded {
                        console.out("ok      \(stack.name): \(run.commandLine)")
                    } else {
                        failures += 1
                        console.err("FAILED  \(stack.name): \(run.commandLine) (exit \(run.status))\n\(run.output)")
                    }
                }
            } catch let missing as ToolRunner.MissingTool {
                console.err("error: \(missing)")
                return .failure
            }
        }
        guard failures == 0 else {
            console.err("error: \(failures) check\(failures == 1 ? "" : "s") failed")
            return .failure
        }
        return .success
    }
}
