import VigilCore

/// Swift source text for values: string literals (raw when the text has quotes or backslashes, multi-line
/// when it has line breaks), durations and dictionaries of strings.
enum SwiftLiteral {
    /// A string literal of `text` whose value is exactly `text`; `indentation` is the indentation of the line
    /// the literal starts on, for a multi-line literal's lines.
    static func string(_ text: String, indentation: String = "") -> String {
        let needsRaw = text.contains("\"") || text.contains("\\")
        let pounds = needsRaw ? String(repeating: "#", count: poundCount(for: text)) : ""
        guard text.contains("\n") || text.contains("\r") else {
            return "\(pounds)\"\(text)\"\(pounds)"
        }
        let inner = indentation + "    "
        let body = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : inner + $0 }
            .joined(separator: "\n")
        // A multi-line literal ends before the line break in front of its closing delimiter.
        return "\(pounds)\"\"\"\n\(body)\n\(inner)\"\"\"\(pounds)"
    }

    /// How many `#` a raw literal of `text` needs: one more than the longest run after a quote.
    private static func poundCount(for text: String) -> Int {
        var longest = 0
        var current = -1
        for character in text {
            if character == "\"" {
                current = 0
            } else if character == "#", current >= 0 {
                current += 1
            } else {
                current = -1
            }
            longest = max(longest, current)
        }
        return max(longest, 0) + 1
    }

    /// `.seconds(30)`, `.minutes(5)`...: the largest unit that gives a whole number.
    static func duration(_ duration: Duration) -> String {
        let units: [(String, Int64)] = [
            ("weeks", 604_800_000), ("days", 86_400_000), ("hours", 3_600_000), ("minutes", 60_000), ("seconds", 1000),
        ]
        let milliseconds = duration.milliseconds
        if milliseconds != 0, let unit = units.first(where: { milliseconds % $0.1 == 0 }) {
            return ".\(unit.0)(\(milliseconds / unit.1))"
        }
        return ".milliseconds(\(milliseconds))"
    }

    /// `["a": "1", "b": "2"]`, keys sorted.
    static func dictionary(_ entries: [String: String]) -> String {
        let pairs = entries.sorted { $0.key < $1.key }.map { "\(string($0.key)): \(string($0.value))" }
        return pairs.isEmpty ? "[:]" : "[" + pairs.joined(separator: ", ") + "]"
    }
}

extension SwiftLiteral {
    /// `["a", "b"]`.
    static func strings(_ values: [String]) -> String { "[" + values.map { string($0) }.joined(separator: ", ") + "]" }

    /// A number as Swift writes a `Double` literal: `0.5`, `80`, `-1`.
    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// An enum case as a member reference, `.lines`, with backticks for a keyword.
    static func member(_ value: some Any) -> String { "." + SwiftIdentifier.escaped(String(describing: value)) }
}
