import ArgumentParser
import Foundation
import VigilCompiler
import VigilDSL

/// `specs new <Name>`: scaffold a stack folder under specs/ and register the stack in specs/main.swift.
struct NewCommand: PackageCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new stack into specs/<Name>/ and register it in specs/main.swift.",
        discussion: """
            The stack is a small working example to edit: one service with its metrics, an alert with a test \
            that fires it and one that keeps it quiet, an SLO, routing to a Slack and a PagerDuty receiver (their \
            credentials as secrets) and a dashboard, formatted as `make format` would. <Name> is an UpperCamelCase \
            Swift identifier; lowercased, it names the stack under generated/. A name that is taken (by a folder \
            of specs/ or a registered stack, ignoring case) is refused and nothing is written. Then run \
            `make generate` and `make test`.
            """)

    @Argument(help: ArgumentHelp("The stack's enum, e.g. Shop.", valueName: "Name"))
    var name: String

    func run(stacks: [Stack], templates: TemplateLibrary, package: SpecsPackage?, console: Console) throws
        -> ExitCode
    {
        guard let package else {
            console.err("error: `specs new` needs the package's specs/ folder; run the specs executable")
            return .failure
        }
        let scaffold: StackScaffold
        do {
            scaffold = try StackScaffold(contentsOf: package.stackTemplate)
        } catch {
            console.err("error: cannot read the stack template \(package.stackTemplate.path): \(error)")
            return .failure
        }
        let stack: NewStack
        do {
            stack = try NewStack(name: name, package: package, scaffold: scaffold, declared: stacks.map(\.name))
        } catch let refusal as NewStack.Refusal {
            throw ValidationError("cannot create the stack \(name): \(refusal)")
        }
        try stack.write()
        let specs = package.specsFolder.lastPathComponent
        for file in stack.files {
            console.out("created \(specs)/\(name)/\(file.name)")
        }
        console.out("registered \(name).stack in \(specs)/main.swift")
        console.out("next: `make generate` writes generated/\(name.lowercased())/, `make test` proves it")
        return .success
    }
}
