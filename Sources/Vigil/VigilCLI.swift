import ArgumentParser
import Foundation
import VigilCompiler
import VigilDSL

/// The command-line entry point the `specs` executable calls with the stacks it declares.
///
/// ```swift
/// // specs/main.swift
/// import Vigil
/// VigilCLI.main(stacks: [AutoDealGenie.stack, CRM.stack])
/// ```
public enum VigilCLI {
    /// Parses the process's arguments, runs the command and exits with its status. `specsFile` (the caller's
    /// own path, `specs/main.swift`) locates the package, whose `templates/` folder is read and whose files
    /// `generate` lints and `new` writes to (``SpecsPackage``). The process's
    /// allocator is tuned for a compiler run first (``AllocatorTuning``).
    public static func main(stacks: [Stack], specsFile: String = #filePath) -> Never {
        AllocatorTuning.apply()
        let templates: TemplateLibrary
        do {
            templates = try PackageTemplates.load(specsFile: specsFile)
        } catch {
            Console.standard.err("error: cannot read the templates folder: \(error)")
            exit(1)
        }
        exit(
            run(
                arguments: Array(CommandLine.arguments.dropFirst()), stacks: stacks, templates: templates,
                package: SpecsPackage(specsFile: specsFile), console: .standard))
    }

    /// Runs one command line against `stacks`, with the package's `templates/` folder in `templates` and its
    /// files in `package` (without one, `generate` lints nothing and `new` refuses to run), and returns the exit
    /// status: 0 on success, 1 when a check fails or a spec has errors, 64 for usage errors.
    public static func run(
        arguments: [String], stacks: [Stack], templates: TemplateLibrary = TemplateLibrary(),
        package: SpecsPackage? = nil, console: Console
    ) -> Int32 {
        var command: any ParsableCommand
        do {
            command = try VigilCommand.parseAsRoot(arguments)
        } catch {
            return report(error, of: VigilCommand.self, on: console)
        }
        do {
            if let packageCommand = command as? any PackageCommand {
                return try packageCommand.run(stacks: stacks, templates: templates, package: package, console: console)
                    .rawValue
            }
            if let stackCommand = command as? any StackCommand {
                return try stackCommand.run(stacks: stacks, templates: templates, console: console).rawValue
            }
            try command.run()
            return ExitCode.success.rawValue
        } catch let error as ValidationError {
            let name = type(of: command).configuration.commandName ?? ""
            console.err("Error: \(error.message)\nSee 'specs \(name) --help' for the options.")
            return ExitCode.validationFailure.rawValue
        } catch {
            return report(error, of: type(of: command), on: console)
        }
    }

    /// Prints an error the way ArgumentParser does for `command` (with that command's usage for usage errors)
    /// and returns its exit status.
    static func report(_ error: any Error, of command: any ParsableCommand.Type, on console: Console) -> Int32 {
        let status = command.exitCode(for: error)
        let message = command.fullMessage(for: error)
        if !message.isEmpty {
            status == .success ? console.out(message) : console.err(message)
        }
        return status.rawValue
    }
}
