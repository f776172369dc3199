import VigilModel

/// Alertmanager's matcher strings (`severity = critical`, `team=~"db|web"`, `{a="b", c!="d"}`) as model
/// matchers, and the deprecated `match`/`match_re` maps converted to them.
enum MatcherText {
    /// The operators, two-character ones first so that `=~` is not read as `=`.
    static let operators: [(String, Matcher.Operator)] = [
        ("=~", .matchesRegex), ("!~", .notMatchesRegex), ("!=", .notEqual), ("=", .equal),
    ]

    /// The matchers of one entry of a `matchers` list, which may hold several between braces; `nil` when it
    /// is not a matcher.
    static func matchers(in text: String, at location: SourceLocation) -> [Matcher]? {
        var body = Substring(trimmed(text))
        if body.hasPrefix("{"), body.hasSuffix("}") { body = body.dropFirst().dropLast() }
        var matchers: [Matcher] = []
        for part in split(body) {
            guard let matcher = matcher(part, at: location) else { return nil }
            matchers.append(matcher)
        }
        return matchers.isEmpty ? nil : matchers
    }

    /// `match` (`equal`) or `match_re` (`regex`) entries, sorted by label as Alertmanager reads a map.
    static func matchers(fromMap entries: [(key: String, value: String)], regex: Bool, at location: SourceLocation)
        -> [Matcher]
    {
        entries.sorted { $0.key < $1.key }.map {
            Matcher(AlertLabel($0.key), regex ? .matchesRegex : .equal, $0.value, location: location)
        }
    }

    private static func matcher(_ text: Substring, at location: SourceLocation) -> Matcher? {
        for (symbol, op) in operators {
            guard let range = text.range(of: symbol) else { continue }
            let label = trimmed(text[..<range.lowerBound])
            guard !label.isEmpty, !label.contains("!"), !label.contains("=") else { continue }
            let value = unquoted(trimmed(text[range.upperBound...]))
            return Matcher(AlertLabel(label), op, value, location: location)
        }
        return nil
    }

    /// The parts of a list of matchers, split at commas outside quotes.
    private static func split(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var quoted = false
        var escaped = false
        for index in text.indices {
            let character = text[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ",", !quoted {
                parts.append(text[start..<index])
                start = text.index(after: index)
            }
        }
        parts.append(text[start...])
        return parts.filter { !$0.allSatisfy { $0 == " " } }
    }

    /// `text` without leading and trailing spaces.
    private static func trimmed(_ text: some StringProtocol) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// A value without its double quotes, its escapes resolved; a bare value as it is.
    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        var value = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped {
                value.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                value.append(character)
            }
        }
        return value
    }
}
