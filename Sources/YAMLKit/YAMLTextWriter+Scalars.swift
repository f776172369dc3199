extension YAMLTextWriter {
    /// Writes `text` in `style`, which must be one that can write it (see
    /// ``YAMLScalarAnalysis/style(for:isSimpleKey:)``); the lines of a literal block are indented to
    /// column `indent`.
    mutating func writeScalar(_ text: String, style: YAMLScalarStyle, indent: Int) {
        switch style {
        case .plain:
            writePlain(text)
        case .singleQuoted:
            writeSingleQuoted(text)
        case .doubleQuoted:
            writeDoubleQuoted(text)
        case .literal:
            writeLiteral(text, indent: indent)
        }
    }

    /// `text` as it is, after a space unless it follows white space or is empty (libyaml writes no
    /// trailing space after `key:` for an empty value).
    mutating func writePlain(_ text: String) {
        if !isAfterWhitespace && !text.isEmpty {
            append(" ")
        }
        append(text.utf8)
        isAfterWhitespace = false
        isIndention = false
    }

    /// `'text'` with every `'` written twice. The emitter only asks for single quotes for text
    /// without line breaks, so there are none to fold.
    private mutating func writeSingleQuoted(_ text: String) {
        writeIndicator("'", needsWhitespace: true)
        // An array's slices are appended in one copy, a string's byte by byte.
        let utf8 = Array(text.utf8)
        var start = 0
        while let quote = utf8[start...].firstIndex(of: UInt8(ascii: "'")) {
            append(utf8[start...quote])
            append("'")
            start = quote + 1
        }
        append(utf8[start...])
        writeIndicator("'")
    }

    /// `"text"` with `"`, `\`, line breaks and the characters libyaml does not print escaped:
    /// the short escapes (`\t`, `\n`, `\N`, `\L`, `\P`…) where YAML has one, else `\xXX`, `\uXXXX` or
    /// `\UXXXXXXXX` in upper-case hexadecimal.
    private mutating func writeDoubleQuoted(_ text: String) {
        writeIndicator("\"", needsWhitespace: true)
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        for index in scalars.indices {
            let scalar = scalars[index]
            guard Self.needsEscape(scalar) else { continue }
            append(text.utf8[start..<index])
            appendEscape(for: scalar)
            start = scalars.index(after: index)
        }
        append(text.utf8[start...])
        writeIndicator("\"")
    }

    /// A literal block: `|`, the indentation indicator `2` when the text starts with a space or a line
    /// break, the chomping indicator (`-` without a final line break, `+` with more than one, none
    /// with exactly one), then each line indented to `indent`, empty lines left empty.
    ///
    /// The emitter only asks for a literal block for text whose only line breaks are `\n`.
    private mutating func writeLiteral(_ text: String, indent: Int) {
        writeIndicator("|", needsWhitespace: true)
        // An array's slices are appended in one copy, a string's byte by byte.
        let utf8 = Array(text.utf8)
        let lineFeed = UInt8(ascii: "\n")
        if utf8.first == UInt8(ascii: " ") || utf8.first == lineFeed {
            writeIndicator("2")
        }
        if utf8.last != lineFeed {
            writeIndicator("-")
        } else if utf8.count == 1 || utf8.dropLast().last == lineFeed {
            writeIndicator("+")
        }
        writeBreak()
        isAfterWhitespace = true
        isIndention = true
        for (number, line) in utf8.split(separator: lineFeed, omittingEmptySubsequences: false).enumerated() {
            if number > 0 {
                writeBreak()
                isIndention = true
            }
            // An empty line stays empty.
            if !line.isEmpty {
                writeIndent(indent)
                append(line)
                isIndention = false
            }
        }
    }

    /// True for the characters a double-quoted scalar escapes.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\\" || YAMLScalarAnalysis.isBreak(scalar)
            || !YAMLScalarAnalysis.isPrintable(scalar)
    }

    /// Appends the escape sequence of `scalar`.
    private mutating func appendEscape(for scalar: Unicode.Scalar) {
        append("\\")
        if let letter = Self.shortEscape(for: scalar) {
            append(letter)
            return
        }
        let (prefix, digits): (Unicode.Scalar, Int) =
            switch scalar.value {
            case ...0xFF: ("x", 2)
            case ...0xFFFF: ("u", 4)
            default: ("U", 8)
            }
        append(prefix)
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            let digit = UInt8((scalar.value >> UInt32(shift)) & 0xF)
            append(Unicode.Scalar(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10))
        }
    }

    /// The letter of YAML's one-letter escape for `scalar`, if it has one that libyaml uses (it never
    /// needs `\_` for U+00A0, which it prints).
    private static func shortEscape(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\0": "0"
        case "\u{07}": "a"
        case "\u{08}": "b"
        case "\t": "t"
        case "\n": "n"
        case "\u{0B}": "v"
        case "\u{0C}": "f"
        case "\r": "r"
        case "\u{1B}": "e"
        case "\"": "\""
        case "\\": "\\"
        case "\u{85}": "N"
        case "\u{2028}": "L"
        case "\u{2029}": "P"
        default: nil
        }
    }
}
