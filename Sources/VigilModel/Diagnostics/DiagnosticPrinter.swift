/// Prints diagnostics the way a compiler does: sorted by location, one
/// `specs/X/Y.swift:12:5: error: message [id]` line each (and an indented hint), then a count.
public struct DiagnosticPrinter: Sendable {
    /// The directory that spec paths are shown relative to, usually the working directory.
    public var root: String

    /// Creates a printer showing paths relative to `root`.
    public init(root: String) {
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
    }

    /// The full report, ending with a newline; empty when there is nothing to report.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "" }
        var text = ""
        for diagnostic in Self.sorted(diagnostics) {
            let location = diagnostic.location
            text += "\(displayPath(location.filePath)):\(location.line):\(location.column): "
            text += "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.id)]\n"
            if let hint = diagnostic.hint {
                text += "    hint: \(hint)\n"
            }
        }
        text += Self.summary(diagnostics) + "\n"
        return text
    }

    /// `2 errors and 1 warning generated.`
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        let parts = [(errors, "error"), (warnings, "warning")].filter { $0.0 > 0 }.map { count, noun in
            "\(count) \(noun)\(count == 1 ? "" : "s")"
        }
        return parts.joined(separator: " and ") + " generated."
    }

    /// Diagnostics in reading order: by file, line and column, errors before warnings at one place.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            ($0.location, $0.severity, $0.id, $0.message) < ($1.location, $1.severity, $1.id, $1.message)
        }
    }

    /// The path relative to the root when it lies below it, otherwise as given.
    func displayPath(_ path: String) -> String {
        let prefix = root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
