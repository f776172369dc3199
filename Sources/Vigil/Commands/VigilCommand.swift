import ArgumentParser
import VigilCompiler
import VigilDSL

/// The root command: `specs <subcommand>`.
struct VigilCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specs",
        abstract: "Vigil: your monitoring stack, written as typed Swift.",
        discussion: """
            The stacks are the Swift files under specs/. `generate` checks them and writes each stack into \
            generated/<stack>/ (its configuration files and a docker-compose.yml); commit that folder \
            and deploy a stack with `docker compose up -d` inside it. `check` tells whether generated/ is up to \
            date, `validate` runs the real tools (promtool, docker-compose) on it.

            `new` writes a new stack into specs/ to start from; `import` writes one from existing rule files.

            Usually run through make: `make generate`, `make check`, `make validate`, `make test`.
            """,
        subcommands: [
            GenerateCommand.self, CheckCommand.self, ValidateCommand.self, EndToEndCommand.self, ListCommand.self,
            ExplainCommand.self, NewCommand.self, ImportCommand.self,
        ]
    )
}

/// A subcommand that needs the stacks the specs declare.
protocol StackCommand: ParsableCommand {
    /// Runs with the declared stacks and the package's templates, and returns the exit status.
    func run(stacks: [Stack], templates: TemplateLibrary, console: Console) throws -> ExitCode
}

/// A subcommand that also needs the files of the package that declares the specs (`nil` when the command line
/// runs without one, as in tests of other commands).
protocol PackageCommand: ParsableCommand {
    /// Runs with the declared stacks, the package's templates and its files, and returns the exit status.
    func run(stacks: [Stack], templates: TemplateLibrary, package: SpecsPackage?, console: Console) throws -> ExitCode
}
