import VigilModel

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
        let utf8 = Array(text.utf8)
        var rendered = ""
        var kept = 0
        for placeholder in Self.placeholders(in: utf8) {
            guard let value = values[placeholder.name] else { continue }
            rendered += String(decoding: utf8[kept..<placeholder.range.lowerBound], as: UTF8.self)
            rendered += value
            kept = placeholder.range.upperBound
        }
        return rendered + String(decoding: utf8[kept...], as: UTF8.self)
    }

    /// The names of the placeholders left in `text`.
    static func placeholders(in text: String) -> [String] {
        placeholders(in: Array(text.utf8)).map(\.name)
    }

    /// A `{{ name }}` in a text: the name, and the bytes from the opening to the closing braces.
    struct Placeholder {
        var name: String
        var range: Range<Int>
    }

    /// Every placeholder of a text's UTF-8 bytes, in order: `{{`, optional spaces, a name (a letter or `_`,
    /// then letters, digits or `_`), optional spaces, `}}`.
    static func placeholders(in utf8: [UInt8]) -> [Placeholder] {
        var found: [Placeholder] = []
        var index = 0
        while index + 1 < utf8.count {
            guard utf8[index] == UInt8(ascii: "{"), utf8[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let start = index
            var cursor = skipSpaces(utf8, from: index + 2)
            let nameStart = cursor
            while cursor < utf8.count, isNameByte(utf8[cursor], first: cursor == nameStart) {
                cursor += 1
            }
            let nameEnd = cursor
            cursor = skipSpaces(utf8, from: cursor)
            if nameEnd > nameStart, cursor + 1 < utf8.count, utf8[cursor] == UInt8(ascii: "}"),
                utf8[cursor + 1] == UInt8(ascii: "}")
            {
                let name = String(decoding: utf8[nameStart..<nameEnd], as: UTF8.self)
                found.append(Placeholder(name: name, range: start..<cursor + 2))
                index = cursor + 2
            } else {
                index = start + 1
            }
        }
        return found
    }

    private static func skipSpaces(_ utf8: [UInt8], from index: Int) -> Int {
        var index = index
        while index < utf8.count,
            [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(utf8[index])
        {
            index += 1
        }
        return index
    }

    private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        PrometheusNames.isLetterOrUnderscore(byte) || (!first && PrometheusNames.isDigit(byte))
    }
}
