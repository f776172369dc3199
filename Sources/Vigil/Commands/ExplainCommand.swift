import ArgumentParser
import VigilCompiler
import VigilDSL

/// `specs explain <id>`: what a diagnostic's id means, from ``DiagnosticCatalogue``; `--all` prints the whole
/// catalogue as `docs/diagnostics.md`. It reads no stack.
struct ExplainCommand: StackCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic's id: its severity, the rule it reports broken and an example.",
        discussion: """
            The id is the bracketed word that ends a diagnostic's line, such as [duplicate-job]. `--all` prints \
            every id as the Markdown of docs/diagnostics.md.
            """)

    @Argument(help: ArgumentHelp("The diagnostic's id.", valueName: "id"))
    var id: String?

    @Flag(help: "Print every diagnostic as Markdown (docs/diagnostics.md).")
    var all = false

    func validate() throws {
        guard (id != nil) != all else {
            throw ValidationError("name one diagnostic id, or pass --all")
        }
    }

    func run(stacks: [Stack], templates: TemplateLibrary, console: Console) throws -> ExitCode {
        guard let id else {
            console.out(String(DiagnosticCatalogue.markdown.dropLast()))
            return .success
        }
        guard let kind = DiagnosticCatalogue.kind(id) else {
            let suggestion = DiagnosticCatalogue.closestID(to: id).map { "did you mean '\($0)'? " } ?? ""
            throw ValidationError("no diagnostic has the id '\(id)'; \(suggestion)`specs explain --all` lists them all")
        }
        console.out("\(kind.id) (\(kind.severityText))")
        console.out("  \(kind.explanation)")
        console.out("  Example: \(kind.example)")
        return .success
    }
}
