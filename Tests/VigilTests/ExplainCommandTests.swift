import Testing
import Vigil
import VigilCompiler

@Suite("specs explain")
struct ExplainCommandTests {
    /// Runs `specs` with `arguments` and no stacks.
    static func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
        let recorder = RecordingConsole()
        let status = VigilCLI.run(arguments: arguments, stacks: [], console: recorder.console)
        return (status, recorder.out, recorder.err)
    }

    @Test("an id prints its severity, explanation and example")
    func explainOne() throws {
        let kind = try #require(DiagnosticCatalogue.kinds.last)
        let result = Self.run(["explain", kind.id])
        #expect(result.status == 0, "\(result.err)")
        #expect(
            result.out == "\(kind.id) (\(kind.severityText))\n  \(kind.explanation)\n  Example: \(kind.example)")
    }

    @Test("a misspelled id is a usage error that suggests the id meant")
    func misspelled() throws {
        let kind = try #require(DiagnosticCatalogue.kinds.last)
        let result = Self.run(["explain", String(kind.id.dropLast())])
        #expect(result.status == 64)
        #expect(result.err.contains("did you mean '\(kind.id)'?"), "\(result.err)")
        #expect(Self.run(["explain", "no-such-thing-at-all"]).err.contains("`specs explain --all` lists them all"))
    }

    @Test("--all prints the catalogue's Markdown; an id and --all, or neither, is a usage error")
    func all() {
        let result = Self.run(["explain", "--all"])
        #expect(result.status == 0)
        #expect(result.out + "\n" == DiagnosticCatalogue.markdown)
        #expect(Self.run(["explain"]).status == 64)
        #expect(Self.run(["explain", "--all", DiagnosticCatalogue.kinds[0].id]).status == 64)
    }
}
