import ArgumentParser
import Foundation
import VigilDSL

/// The command-line entry point the `specs` executable calls with the stacks it declares.
///
/// ```swift
/// // specs/main.swift
/// import Vigil
/// VigilCLI.main(stacks: [AutoDealGenie.stack, CRM.stack])
/// ```
public enum VigilCLI {
    /// Parses the process's arguments, runs the command and exits with its status.
    public static func main(stacks: [Stack]) -> Never {
        exit(run(arguments: Array(CommandLine.arguments.dropFirst()), stacks: stacks, console: .standard))
    }

    /// Runs one command line against `stacks` and returns the exit status: 0 on success, 1 when a check
    /// fails or a spec has errors, 64 for usage errors.
    public static func run(arguments: [String], stacks: [Stack], console: Console) -> Int32 {
        do {
            var command = try VigilCommand.parseAsRoot(arguments)
            if let stackCommand = command as? any StackCommand {
                return try stackCommand.run(stacks: stacks, console: console).rawValue
            }
            try command.run()
            return ExitCode.success.rawValue
        } catch {
            let status = VigilCommand.exitCode(for: error)
            let message = VigilCommand.fullMessage(for: error)
            if !message.isEmpty {
                status == .success ? console.out(message) : console.err(message)
            }
            return status.rawValue
        }
    }
}
