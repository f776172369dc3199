import Foundation
import VigilBackends
import VigilCompiler
import VigilModel

/// The diagnostic ids the package's sources give diagnostics, read from the Swift text, with the severities the
/// constructing calls state. The forms read:
///
/// - `.error("id", ...)` and `.warning("id", ...)`, of `Diagnostic` and of the query checker's problems, the id
///   on the call's line or the next;
/// - the same with a constant for the id, `.error(Self.invalidQuery, ...)`, declared `static let name = "id"`;
/// - a labelled id, `Diagnostic(severity: .error, id: "id", ...)` or `id: "id"` alone (no severity then);
/// - a tuple that opens with a kebab-case id, `("invalid-telegram-chat", "message", "hint")`, which a rule
///   turns into a diagnostic later (no severity then).
///
/// The catalogue's own files are skipped: they list every id in a form of their own.
struct EmittedDiagnosticIDs {
    /// Each id found, with the severities its calls state: empty when no call states one.
    private(set) var severities: [String: Set<Diagnostic.Severity>] = [:]

    /// The ids of the Swift files below `folder`.
    init(scanning folder: URL) throws {
        let files = try SwiftFiles.below(folder).filter { !$0.lastPathComponent.hasPrefix("DiagnosticCatalogue") }
        let texts = try files.map { try String(contentsOf: $0, encoding: .utf8) }
        var constants: [String: String] = [:]
        for text in texts {
            for match in text.matches(of: Self.constant) {
                constants[String(match.output.1)] = String(match.output.2)
            }
        }
        for text in texts {
            for match in text.matches(of: Self.literalCall) {
                add(String(match.output.2), Self.severity(match.output.1))
            }
            for match in text.matches(of: Self.constantCall) {
                guard let id = constants[String(match.output.2)] else { continue }
                add(id, Self.severity(match.output.1))
            }
            for match in text.matches(of: Self.labelled) {
                add(String(match.output.2), match.output.1.map(Self.severity))
            }
            for match in text.matches(of: Self.tuple) {
                add(String(match.output.1), nil)
            }
        }
    }

    /// Every id found.
    var ids: Set<String> { Set(severities.keys) }

    private mutating func add(_ id: String, _ severity: Diagnostic.Severity?) {
        severities[id, default: []].formUnion([severity].compactMap(\.self))
    }

    private static func severity(_ word: Substring) -> Diagnostic.Severity {
        word == "warning" ? .warning : .error
    }

    /// `.error("id"` or `.warning("id"`.
    private static var literalCall: Regex<(Substring, Substring, Substring)> {
        /\.(error|warning)\(\s*"([a-z0-9]+(?:-[a-z0-9]+)*)"/
    }
    /// `static let name = "id"`.
    private static var constant: Regex<(Substring, Substring, Substring)> {
        /static let (\w+) = "([a-z0-9]+(?:-[a-z0-9]+)+)"/
    }
    /// `.error(name,`, `.error(Self.name,` or `.error(Type.name,`.
    private static var constantCall: Regex<(Substring, Substring, Substring)> {
        /\.(error|warning)\(\s*(?:[A-Z]\w*\.)?([a-z]\w*)\s*,/
    }
    /// `severity: .error, id: "id"` or `id: "id"`.
    private static var labelled: Regex<(Substring, Substring?, Substring)> {
        /(?:severity:\s*\.(error|warning),\s*)?\bid:\s*"([a-z0-9]+(?:-[a-z0-9]+)*)"/
    }
    /// `("id",` where the parenthesis opens a tuple, not a call's arguments.
    private static var tuple: Regex<(Substring, Substring)> {
        /(?:^|[^\w)\]?!>])\(\s*"([a-z0-9]+(?:-[a-z0-9]+)+)"\s*,/.anchorsMatchLineEndings()
    }
}
