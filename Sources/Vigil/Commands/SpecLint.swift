import Foundation
import VigilCompiler

/// What `generate` says about the spec files' formatting: `swift format lint` in strict mode with the package's
/// configuration, each finding printed as a warning at its file and line. It never fails a run: `make lint`
/// does, and `make format` fixes what it finds.
struct SpecLint {
    /// One problem swift-format found.
    struct Finding: Equatable {
        /// The file, as swift-format printed it (relative to the package root).
        var file: String
        var line: Int
        var column: Int
        /// The rule in brackets, then what to change: `[Indentation] remove all leading whitespace`.
        var message: String

        /// The finding as a compiler prints a warning.
        var warning: String { "\(file):\(line):\(column): warning: \(message) [swift-format]" }

        /// A line swift-format prints, `<file>:<line>:<column>: <severity>: <message>`; `nil` for other lines.
        init?(_ text: Substring) {
            let parts = text.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
            guard parts.count == 5, let line = Int(parts[1]), let column = Int(parts[2]),
                ["error", "warning", "note"].contains(parts[3].trimmingCharacters(in: .whitespaces))
            else { return nil }
            self.init(
                file: String(parts[0]), line: line, column: column,
                message: parts[4].trimmingCharacters(in: .whitespaces))
        }

        /// A finding from its parts.
        init(file: String, line: Int, column: Int, message: String) {
            self.file = file
            self.line = line
            self.column = column
            self.message = message
        }
    }

    /// The package whose spec files are linted.
    var package: SpecsPackage
    /// The executable that runs swift-format, found on `PATH`.
    var swift = "swift"

    /// The command line, relative to the package root.
    var arguments: [String] {
        [
            "format", "lint", "--strict", "--recursive", "--parallel", "--configuration",
            package.formatConfiguration.path, package.specsFolder.lastPathComponent,
        ]
    }

    /// Runs swift-format and prints each finding as a warning, in file and line order, and how to fix them; or one
    /// note when swift-format cannot run.
    func report(on console: Console) {
        let run: ToolRunner.Run
        do {
            run = try ToolRunner().run(swift, arguments, in: package.root)
        } catch {
            console.err("note: \(swift) is not on PATH; the spec files were not checked with swift format")
            return
        }
        let findings = Self.findings(in: run.output)
        guard !findings.isEmpty || run.succeeded else {
            let reason = run.output.split(separator: "\n").first.map { ": \($0)" } ?? ""
            console.err("note: swift format could not check the spec files (exit \(run.status))\(reason)")
            return
        }
        for finding in findings {
            console.err(finding.warning)
        }
        if !findings.isEmpty {
            console.err("note: `make format` fixes the spec files' formatting, which `make lint` checks")
        }
    }

    /// The findings of swift-format's output, sorted by file, line and column (`--parallel` prints them in any
    /// order).
    static func findings(in output: String) -> [Finding] {
        output.split(separator: "\n").compactMap(Finding.init).sorted {
            ($0.file, $0.line, $0.column, $0.message) < ($1.file, $1.line, $1.column, $1.message)
        }
    }
}
