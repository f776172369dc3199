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
            docker-compose config. It prints the version of each tool and refuses a promtool or amtool of another \
            minor version than the image the stack deploys (its compose file's or, for a stack generated for \
            Kubernetes alone, its chart values'), or a docker-compose that is not Compose v2: \
            scripts/bootstrap.sh installs the right ones from Debian's packages into .tools/bin.
            """)

    /// The tools this command runs.
    static let tools = [ProvingTools.promtool, ProvingTools.amtool, ProvingTools.dockerCompose]

    @OptionGroup var selection: StackSelection

    func run(stacks: [Stack], templates: TemplateLibrary, console: Console) throws -> ExitCode {
        var failures = 0
        guard let tools = try ProvingToolCheck(Self.tools, console: console) else { return .failure }
        for stack in try selection.select(from: stacks) {
            let folder = selection.outputURL.appendingPathComponent(stack.name, isDirectory: true)
            guard FileManager.default.fileExists(atPath: folder.path) else {
                console.err("error: \(folder.relativePath) does not exist; run `make generate` first")
                failures += 1
                continue
            }
            let refusals = tools.refusals(
                for: stack.name, deploying: try StackDeployment(stackFolder: folder).images, console: console)
            guard refusals == 0 else {
                failures += refusals
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
