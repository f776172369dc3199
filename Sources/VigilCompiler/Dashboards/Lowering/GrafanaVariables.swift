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

    /// The reference starting at `index`, if one does.
    static func reference(in text: String, at index: String.Index) -> Reference? {
        let rest = text[index...]
        if rest.hasPrefix("${") {
            let body = rest.dropFirst(2)
            guard let close = body.firstIndex(of: "}") else { return nil }
            let name = body[..<close].prefix { isNameCharacter($0) }
            guard isName(name) else { return nil }
            return Reference(name: String(name), range: index..<text.index(after: close))
        }
        if rest.hasPrefix("$") {
            let name = rest.dropFirst().prefix { isNameCharacter($0) }
            guard isName(name) else { return nil }
            return Reference(name: String(name), range: index..<name.endIndex)
        }
        if rest.hasPrefix("[[") {
            let body = rest.dropFirst(2)
            let name = body.prefix { isNameCharacter($0) }
            guard isName(name), let close = body.range(of: "]]") else { return nil }
            let between = body[name.endIndex..<close.lowerBound]
            guard between.isEmpty || between.hasPrefix(":") else { return nil }
            return Reference(name: String(name), range: index..<close.upperBound)
        }
        return nil
    }

    /// Whether PromQL text ends with the `offset` keyword, before which a duration is expected.
    static func endsWithOffset(_ text: String) -> Bool {
        String(text.reversed().drop { $0.isWhitespace }.prefix(6).reversed()).lowercased() == "offset"
    }

    static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_")
    }

    /// A name is not empty and not only digits (`$1` is a regular-expression group).
    static func isName(_ name: Substring) -> Bool {
        !name.isEmpty && !name.allSatisfy(\.isNumber)
    }
}
