import Foundation
import Synchronization
import Testing
import Vigil

/// The guide's command lines exist: every `specs <command> --option` of a shell block is an option of the
/// command's help, and the command-line page names every command and every option the help lists.
@Suite("The guide's command lines match the CLI's help")
struct GuideCommandLineTests {
    /// The help `specs help <command>` prints (the root's for `nil`).
    static func help(_ command: String? = nil) -> String {
        let lines = Mutex<[String]>([])
        let console = Console(out: { line in lines.withLock { $0.append(line) } }, err: { _ in })
        _ = VigilCLI.run(arguments: ["help"] + (command.map { [$0] } ?? []), stacks: [], console: console)
        return lines.withLock { $0.joined(separator: "\n") }
    }

    /// The subcommands the root help lists.
    static let commands: [String] = {
        let text = help()
        guard let start = text.range(of: "SUBCOMMANDS:") else { return [] }
        return text[start.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }.filter { $0 != "See" }
    }()

    /// The options (`--output`, `-o`) a help text lists.
    static func options(in help: String) -> Set<String> {
        Set(help.matches(of: #/(?:^|[\s\[,(])(--?[a-z][a-z-]*)/#).map { String($0.output.1) })
    }

    /// The `specs ...` command lines of the guide's shell blocks, with the page and line they are on.
    static func commandLines() throws -> [(place: String, words: [String])] {
        var found: [(String, [String])] = []
        for document in try GuideFiles.documents() {
            for block in FencedBlock.blocks(in: try GuideFiles.document(document)) where block.language == "sh" {
                for (offset, line) in block.code.text.split(separator: "\n").enumerated() {
                    let command =
                        line.split(separator: "#", omittingEmptySubsequences: false).first.map(String.init) ?? ""
                    let words = command.split(separator: " ").map(String.init)
                    guard let start = words.firstIndex(of: "specs") else { continue }
                    found.append(("docs/guide/\(document):\(block.line + 1 + offset)", Array(words[(start + 1)...])))
                }
            }
        }
        return found
    }

    @Test("the help lists the commands the guide was written for")
    func commandsFound() {
        #expect(Self.commands.contains("generate") && Self.commands.contains("explain"), "\(Self.commands)")
    }

    @Test("every specs command line of the guide names a command and options it has")
    func commandLinesExist() throws {
        let lines = try Self.commandLines()
        #expect(!lines.isEmpty, "the guide shows no specs command line")
        for (place, words) in lines {
            guard let command = words.first, command != "--help", command != "help" else { continue }
            guard Self.commands.contains(command) else {
                Issue.record("\(place): specs has no command \(command)")
                continue
            }
            let known = Self.options(in: Self.help(command))
            for word in words.dropFirst() where word.hasPrefix("-") && !known.contains(word) {
                Issue.record("\(place): specs \(command) has no option \(word)")
            }
        }
    }

    @Test("the command-line page names every command and every option of its help")
    func everyCommandDocumented() throws {
        let page = try GuideFiles.document("cli.md")
        for command in Self.commands {
            #expect(page.contains("specs \(command)"), "docs/guide/cli.md does not show specs \(command)")
            for option in Self.options(in: Self.help(command)) where option.hasPrefix("--") {
                #expect(page.contains(option), "docs/guide/cli.md does not describe specs \(command) \(option)")
            }
        }
    }
}
