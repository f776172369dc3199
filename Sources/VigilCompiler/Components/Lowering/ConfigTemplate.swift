/// A text template of `templates/`: its `{{ name }}` placeholders replaced by values, every other character
/// kept. The configuration formats rendered this way (Loki, Tempo and Jaeger YAML, Alloy) never use `{{`.
struct ConfigTemplate: Sendable {
    /// The template's path in the library, e.g. `loki/loki.yml`.
    var path: String
    /// Its text.
    var text: String

    /// The template at `path` of `library`, or `nil` when the library lacks it.
    init?(_ path: String, in library: TemplateLibrary) {
        guard let text = library.files[path] else { return nil }
        self.path = path
        self.text = text
    }

    /// The text with every `{{ name }}` replaced by `values[name]`; placeholders without a value stay, and
    /// ``placeholders(in:)`` finds them.
    func render(_ values: [String: String]) -> String {
        text.replacing(Self.placeholder) { match in
            values[String(match.output.1)] ?? String(match.output.0)
        }
    }

    /// The names of the placeholders left in `text`.
    static func placeholders(in text: String) -> [String] {
        text.matches(of: placeholder).map { String($0.output.1) }
    }

    nonisolated(unsafe) static let placeholder = #/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/#
}
