/// Grafana's variable syntax in query text: `$name`, `${name}`, `${name:format}`, `${name.path}` and the
/// legacy `[[name]]`, `[[name:format]]`.
package enum GrafanaVariables {
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
        var found: [(name: String, range: Range<Int>)] = []
        var bytes = text
        bytes.withUTF8 { utf8 in
            var offset = 0
            while offset < utf8.count {
                // Most bytes cannot start a reference; those that can are looked at in full.
                guard mayStartReference(utf8[offset]), let reference = reference(in: utf8, at: offset)
                else {
                    offset += 1
                    continue
                }
                found.append((String(decoding: utf8[reference.name], as: UTF8.self), offset..<reference.end))
                offset = reference.end
            }
        }
        return found.map { name, range in
            Reference(name: name, range: index(range.lowerBound, in: text)..<index(range.upperBound, in: text))
        }
    }

    /// PromQL text with every variable outside string literals replaced by a placeholder that parses: a
    /// duration inside brackets (`[$__rate_interval]`) and after `offset`, a number elsewhere. Variables in
    /// strings (label matchers) stay, since any string parses.
    package static func placeholders(inPromQL text: String) -> String {
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
            if let byte = character.asciiValue, mayStartReference(byte), let reference = reference(in: text, at: index)
            {
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

    /// Whether a reference can start with `byte`: a cheap test that spares most bytes the full one.
    static func mayStartReference(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "$") || byte == UInt8(ascii: "[")
    }

    /// The reference starting at `index`, if one does.
    static func reference(in text: String, at index: String.Index) -> Reference? {
        let start = text.utf8.distance(from: text.utf8.startIndex, to: index)
        var bytes = text
        return bytes.withUTF8 { utf8 in
            reference(in: utf8, at: start).map { reference in
                Reference(
                    name: String(decoding: utf8[reference.name], as: UTF8.self),
                    range: index..<self.index(reference.end, in: text))
            }
        }
    }

    /// The reference starting at byte `start` of `utf8`, if one does: the bytes of its name and the offset just
    /// past it. Every byte of a reference is ASCII, so it starts and ends on characters.
    static func reference(in utf8: UnsafeBufferPointer<UInt8>, at start: Int) -> (name: Range<Int>, end: Int)? {
        /// The bytes of the name starting at `from`, and ending before `limit` at the latest.
        func name(from: Int, before limit: Int) -> Range<Int>? {
            var end = from
            while end < limit, isNameByte(utf8[end]) { end += 1 }
            let name = from..<end
            // A name is not empty and not only digits (`$1` is a regular-expression group).
            return name.isEmpty || utf8[name].allSatisfy(PrometheusNames.isDigit) ? nil : name
        }
        func byte(_ offset: Int) -> UInt8? { offset < utf8.count ? utf8[offset] : nil }
        switch (byte(start), byte(start + 1)) {
        case (UInt8(ascii: "$"), UInt8(ascii: "{")):
            guard let close = utf8[(start + 2)...].firstIndex(of: UInt8(ascii: "}")),
                let name = name(from: start + 2, before: close)
            else { return nil }
            return (name, close + 1)
        case (UInt8(ascii: "$"), _):
            return name(from: start + 1, before: utf8.count).map { ($0, $0.upperBound) }
        case (UInt8(ascii: "["), UInt8(ascii: "[")):
            guard let name = name(from: start + 2, before: utf8.count),
                let close = closingBrackets(in: utf8, from: start + 2),
                name.upperBound == close || utf8[name.upperBound] == UInt8(ascii: ":")
            else { return nil }
            return (name, close + 2)
        default:
            return nil
        }
    }

    /// Where the first `]]` at or after `start` starts.
    private static func closingBrackets(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var offset = start
        while offset + 1 < utf8.count {
            if utf8[offset] == UInt8(ascii: "]"), utf8[offset + 1] == UInt8(ascii: "]") { return offset }
            offset += 1
        }
        return nil
    }

    /// The index of the character at byte `offset` of `text`.
    private static func index(_ offset: Int, in text: String) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// Whether PromQL text ends with the `offset` keyword, before which a duration is expected.
    static func endsWithOffset(_ text: String) -> Bool {
        String(text.reversed().drop { $0.isWhitespace }.prefix(6).reversed()).lowercased() == "offset"
    }

    /// An ASCII letter, digit or `_`.
    static func isNameByte(_ byte: UInt8) -> Bool {
        PrometheusNames.isLetterOrUnderscore(byte) || PrometheusNames.isDigit(byte)
    }
}
