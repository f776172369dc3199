/// Strings a regular expression matches, for test input: the first alternative of each choice, one character
/// of each class, the fewest repetitions (`5..` gives `500`, `(5..|429)` gives `500` and `429`). Callers check
/// the examples against the expression, so an approximation here only costs a fallback.
enum RegexExample {
    /// Examples of the whole expression: one per top-level alternative.
    static func examples(of pattern: String) -> [String] {
        alternatives(Array(pattern)[...]).compactMap { example(of: $0) }
    }

    /// One string the sequence `pattern` (without top-level `|`) matches, or `nil` when it uses constructs
    /// this does not follow.
    static func example(of pattern: ArraySlice<Character>) -> String? {
        var output = ""
        var rest = pattern
        while let first = rest.first {
            var atom: String
            switch first {
            case "(":
                guard let close = closingParenthesis(in: rest) else { return nil }
                var inner = rest[rest.index(after: rest.startIndex)..<close]
                if inner.starts(with: "?:") { inner = inner.dropFirst(2) }
                guard let firstAlternative = alternatives(inner).first, let value = example(of: firstAlternative)
                else { return nil }
                atom = value
                rest = rest[rest.index(after: close)...]
            case "[":
                guard let close = rest.firstIndex(of: "]"), close > rest.index(after: rest.startIndex) else {
                    return nil
                }
                let members = rest[rest.index(after: rest.startIndex)..<close]
                guard let member = members.first, member != "^", member != "\\" else { return nil }
                atom = String(member)
                rest = rest[rest.index(after: close)...]
            case "\\":
                guard rest.count > 1 else { return nil }
                let escaped = rest[rest.index(after: rest.startIndex)]
                atom = escaped == "d" ? "0" : escaped == "w" ? "a" : escaped == "s" ? " " : String(escaped)
                rest = rest.dropFirst(2)
            case ".":
                atom = "0"
                rest = rest.dropFirst()
            case "^", "$":
                atom = ""
                rest = rest.dropFirst()
            default:
                atom = String(first)
                rest = rest.dropFirst()
            }
            output += repeated(atom, &rest)
        }
        return output
    }

    /// The atom repeated as few times as the quantifier after it allows (consumed from `rest`).
    static func repeated(_ atom: String, _ rest: inout ArraySlice<Character>) -> String {
        switch rest.first {
        case "*", "?":
            rest = rest.dropFirst()
            if rest.first == "?" { rest = rest.dropFirst() }
            return ""
        case "+":
            rest = rest.dropFirst()
            if rest.first == "?" { rest = rest.dropFirst() }
            return atom
        case "{":
            guard let close = rest.firstIndex(of: "}") else { return atom }
            let bounds = rest[rest.index(after: rest.startIndex)..<close].split(separator: ",").first
            rest = rest[rest.index(after: close)...]
            return String(repeating: atom, count: bounds.flatMap { Int(String($0)) } ?? 1)
        default:
            return atom
        }
    }

    /// The top-level alternatives of a pattern.
    static func alternatives(_ pattern: ArraySlice<Character>) -> [ArraySlice<Character>] {
        var parts: [ArraySlice<Character>] = []
        var depth = 0
        var start = pattern.startIndex
        var index = pattern.startIndex
        while index < pattern.endIndex {
            switch pattern[index] {
            case "\\": index = pattern.index(after: index)
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "|" where depth == 0:
                parts.append(pattern[start..<index])
                start = pattern.index(after: index)
            default: break
            }
            index = pattern.index(after: index)
        }
        parts.append(pattern[start..<Swift.min(index, pattern.endIndex)])
        return parts
    }

    /// The `)` closing the group that opens at the start of `pattern`.
    static func closingParenthesis(in pattern: ArraySlice<Character>) -> ArraySlice<Character>.Index? {
        var depth = 0
        var index = pattern.startIndex
        while index < pattern.endIndex {
            switch pattern[index] {
            case "\\": index = pattern.index(after: index)
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index = pattern.index(after: index)
        }
        return nil
    }
}
