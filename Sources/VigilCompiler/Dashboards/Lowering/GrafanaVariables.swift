/// Grafana's variable syntax in query text: `$name`, `${name}`, `${name:format}`, `${name.path}` and the
/// legacy `[[name]]`, `[[name:format]]`.
enum GrafanaVariables {
    /// One variable reference in a text.
    struct Reference: Equatable {
        /// The variable's name.
        var name: String
        /// The characters of the reference within the text.
        var range: Range<String.Index>

        /// Whether it names one of Grafana's own variables (`$__rate_interval`, `${__field.labels.job}`).
        var isBuiltIn: Bool { name.hasPrefix("__") }
    }

    /// Every reference in `text`, in order. `$1` and the like (regular-expression groups in `label_replace`)
    /// are not references.
    static func references(in text: String) -> [Reference] {
        var references: [Reference] = []
        let utf8 = text.utf8
        var index = utf8.startIndex
        // The scan looks at bytes: `$` and `[` are ASCII, so where one is found a character starts too.
        while let start = utf8[index...].firstIndex(where: { $0 == UInt8(ascii: "$") || $0 == UInt8(ascii: "[") }) {
            if let reference = reference(in: text, at: start) {
                references.append(reference)
                index = reference.range.upperBound
            } else {
                index = utf8.index(after: start)
            }
        }
        return references
    }

    /// PromQL text with every variable outside string literals replaced by a placeholder that parses: a
    /// duration inside brackets (`[$__rate_interval]`) and after `offset`, a number elsewhere. Variables in
    /// strings (label matchers) stay, since any string parses.
    static func placeholders(inPromQL text: String) -> String {
        var output = ""
        var index = text.startIndex
        var quote: Character?
        var bracketDepth = 0
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                output.append(character)
                if character == "\\", open != "`", text.index(after: index) < text.endIndex {
                    index = text.index(after: index)
                    output.append(text[index])
                } else if character == open {
                    quote = nil
                }
                index = text.index(after: index)
                continue
            }
            if mayStartReference(character), let reference = reference(in: text, at: index) {
                let wantsDuration = bracketDepth > 0 || endsWithOffset(output)
                output += wantsDuration ? "5m" : "1"
                index = reference.range.upperBound
                continue
            }
            switch character {
            case "\"", "'", "`": quote = character
            case "[": bracketDepth += 1
            case "]": bracketDepth = Swift.max(0, bracketDepth - 1)
            default: break
            }
            output.append(character)
            index = text.index(after: index)
        }
        return output
    }

    /// Whether a reference can start with `character`: a cheap test that spares most characters the full one.
    static func mayStartReference(_ character: Character) -> Bool {
        character == "$" || character == "["
    }

    /// The reference starting at `index`, if one does. It reads UTF-8 bytes: every byte of a reference is ASCII.
    static func reference(in text: String, at index: String.Index) -> Reference? {
        let utf8 = text.utf8
        let rest = utf8[index...]
        if rest.starts(with: "${".utf8) {
            let body = rest.dropFirst(2)
            guard let close = body.firstIndex(of: UInt8(ascii: "}")) else { return nil }
            let name = body[..<close].prefix(while: isNameByte)
            guard isName(name) else { return nil }
            return Reference(name: String(Substring(name)), range: index..<utf8.index(after: close))
        }
        if rest.starts(with: "$".utf8) {
            let name = rest.dropFirst().prefix(while: isNameByte)
            guard isName(name) else { return nil }
            return Reference(name: String(Substring(name)), range: index..<name.endIndex)
        }
        if rest.starts(with: "[[".utf8) {
            let body = rest.dropFirst(2)
            let name = body.prefix(while: isNameByte)
            guard isName(name), let close = closingBrackets(in: body) else { return nil }
            let between = body[name.endIndex..<close]
            guard between.isEmpty || between.first == UInt8(ascii: ":") else { return nil }
            return Reference(name: String(Substring(name)), range: index..<utf8.index(close, offsetBy: 2))
        }
        return nil
    }

    /// Where the first `]]` in `text` starts.
    private static func closingBrackets(in text: Substring.UTF8View) -> String.Index? {
        var index = text.startIndex
        while let bracket = text[index...].firstIndex(of: UInt8(ascii: "]")) {
            let next = text.index(after: bracket)
            if next < text.endIndex, text[next] == UInt8(ascii: "]") { return bracket }
            index = next
        }
        return nil
    }

    /// Whether PromQL text ends with the `offset` keyword, before which a duration is expected.
    static func endsWithOffset(_ text: String) -> Bool {
        String(text.reversed().drop { $0.isWhitespace }.prefix(6).reversed()).lowercased() == "offset"
    }

    /// An ASCII letter, digit or `_`.
    static func isNameByte(_ byte: UInt8) -> Bool {
        PrometheusNames.isLetterOrUnderscore(byte) || PrometheusNames.isDigit(byte)
    }

    /// A name is not empty and not only digits (`$1` is a regular-expression group).
    static func isName(_ name: Substring.UTF8View) -> Bool {
        !name.isEmpty && !name.allSatisfy(PrometheusNames.isDigit)
    }
}
