/// Splits a PromQL expression's UTF-8 bytes into tokens, skipping whitespace and `#` comments.
///
/// Like Prometheus's lexer it tracks braces and brackets: inside `{...}` words are plain label names
/// (keywords and colons do not apply), and inside `[...]` a colon separates a subquery's range and step.
struct PromQLLexer {
    private let source: [UInt8]
    private var index = 0
    private var insideBraces = false
    private var insideBrackets = false
    /// Why the final `.invalid` token was produced, if one was.
    private(set) var failure: PromQLSyntaxError?

    init(source: [UInt8]) {
        self.source = source
    }

    /// All tokens, ending with `.endOfInput` or `.invalid`.
    mutating func tokenize() -> [PromQLToken] {
        var tokens: [PromQLToken] = []
        tokens.reserveCapacity(source.count / 3 + 1)
        while true {
            let token = nextToken()
            tokens.append(token)
            if token.kind == .endOfInput || token.kind == .invalid { return tokens }
        }
    }

    private mutating func nextToken() -> PromQLToken {
        skipWhitespaceAndComments()
        let start = index
        guard index < source.count else { return PromQLToken(kind: .endOfInput, start: start, end: start) }
        let byte = source[index]
        if insideBraces, Self.isLetter(byte) {
            while index < source.count, Self.isLetter(source[index]) || Self.isDigit(source[index]) { index += 1 }
            return PromQLToken(kind: .identifier, start: start, end: index)
        }
        switch byte {
        case UInt8(ascii: "("): return single(.leftParen)
        case UInt8(ascii: ")"): return single(.rightParen)
        case UInt8(ascii: "{"):
            insideBraces = true
            return single(.leftBrace)
        case UInt8(ascii: "}"):
            insideBraces = false
            return single(.rightBrace)
        case UInt8(ascii: "["):
            insideBrackets = true
            return single(.leftBracket)
        case UInt8(ascii: "]"):
            insideBrackets = false
            return single(.rightBracket)
        case UInt8(ascii: ","): return single(.comma)
        case UInt8(ascii: "@"): return single(.at)
        case UInt8(ascii: "+"): return single(.plus)
        case UInt8(ascii: "-"): return single(.minus)
        case UInt8(ascii: "*"): return single(.star)
        case UInt8(ascii: "/"): return single(.slash)
        case UInt8(ascii: "%"): return single(.percent)
        case UInt8(ascii: "^"): return single(.caret)
        case UInt8(ascii: ":") where insideBrackets: return single(.colon)
        case UInt8(ascii: "="):
            if next(is: "=") { return double(.equal) }
            if next(is: "~") { return double(.regexMatch) }
            return single(.assign)
        case UInt8(ascii: "!"):
            if next(is: "=") { return double(.notEqual) }
            if next(is: "~") { return double(.regexNoMatch) }
            return fail("unexpected character after \"!\"", at: start + 1)
        case UInt8(ascii: "<"): return next(is: "=") ? double(.lessEqual) : single(.less)
        case UInt8(ascii: ">"): return next(is: "=") ? double(.greaterEqual) : single(.greater)
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"): return stringToken()
        default:
            if Self.isDigit(byte) || (byte == UInt8(ascii: ".") && Self.isDigit(peek(1))) { return numericToken() }
            if Self.isLetter(byte) || byte == UInt8(ascii: ":") { return wordToken() }
            return fail("unexpected character \(characterDescription(at: start))", at: start)
        }
    }

    // MARK: - Single tokens

    private mutating func single(_ kind: PromQLToken.Kind) -> PromQLToken {
        index += 1
        return PromQLToken(kind: kind, start: index - 1, end: index)
    }

    private mutating func double(_ kind: PromQLToken.Kind) -> PromQLToken {
        index += 2
        return PromQLToken(kind: kind, start: index - 2, end: index)
    }

    private func next(is character: Unicode.Scalar) -> Bool {
        peek(1) == UInt8(ascii: character)
    }

    private func peek(_ distance: Int) -> UInt8 {
        index + distance < source.count ? source[index + distance] : 0
    }

    private mutating func fail(_ message: String, at offset: Int) -> PromQLToken {
        failure = PromQLSyntaxError(message, at: offset, in: source)
        return PromQLToken(kind: .invalid, start: offset, end: offset)
    }

    private func characterDescription(at offset: Int) -> String {
        var end = offset + 1
        while end < source.count, source[end] & 0xC0 == 0x80 { end += 1 }
        return "\"" + String(decoding: source[offset..<end], as: UTF8.self) + "\""
    }

    // MARK: - Whitespace and comments

    private mutating func skipWhitespaceAndComments() {
        while index < source.count {
            switch source[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "#"):
                while index < source.count, source[index] != UInt8(ascii: "\n"), source[index] != UInt8(ascii: "\r") {
                    index += 1
                }
            default:
                return
            }
        }
    }

    // MARK: - Words

    /// A metric name, function name, keyword, or `Inf`/`NaN`.
    private mutating func wordToken() -> PromQLToken {
        let start = index
        var hasColon = false
        while index < source.count {
            let byte = source[index]
            if byte == UInt8(ascii: ":") {
                hasColon = true
            } else if !(Self.isLetter(byte) || Self.isDigit(byte)) {
                break
            }
            index += 1
        }
        if hasColon { return PromQLToken(kind: .metricIdentifier, start: start, end: index) }
        let word = String(decoding: source[start..<index], as: UTF8.self).lowercased()
        if word == "inf" || word == "nan" { return PromQLToken(kind: .number, start: start, end: index) }
        if let keyword = PromQLToken.Keyword(rawValue: word) {
            return PromQLToken(kind: .keyword(keyword), start: start, end: index)
        }
        return PromQLToken(kind: .identifier, start: start, end: index)
    }

    // MARK: - Strings

    /// A string in double quotes, single quotes or backticks. Escapes are only skipped here; the parser
    /// decodes them.
    private mutating func stringToken() -> PromQLToken {
        let start = index
        let quote = source[index]
        index += 1
        while index < source.count {
            let byte = source[index]
            if byte == quote {
                index += 1
                return PromQLToken(kind: .string, start: start, end: index)
            }
            if quote != UInt8(ascii: "`") {
                if byte == UInt8(ascii: "\n") { break }
                if byte == UInt8(ascii: "\\") { index += 1 }
            }
            index += 1
        }
        return fail(quote == UInt8(ascii: "`") ? "unterminated raw string" : "unterminated quoted string", at: start)
    }

    // MARK: - Numbers and durations

    /// A number (`1`, `1.5`, `.5`, `1e-3`, `1_000`, `0x1F`) or a duration (`5m`, `1h30m`).
    private mutating func numericToken() -> PromQLToken {
        let start = index
        if let end = numberEnd(from: start), !continuesWord(at: end) {
            index = end
            return PromQLToken(kind: .number, start: start, end: end)
        }
        if let end = durationEnd(from: start), !continuesWord(at: end) {
            index = end
            return PromQLToken(kind: .duration, start: start, end: end)
        }
        var end = start
        while continuesWord(at: end) { end += 1 }
        let text = String(decoding: source[start..<end], as: UTF8.self)
        return fail("bad number or duration syntax \"\(text)\"", at: start)
    }

    private func continuesWord(at offset: Int) -> Bool {
        guard offset < source.count else { return false }
        let byte = source[offset]
        return Self.isLetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: ".")
    }

    /// The end of a number starting at `start`, or `nil` if none starts there. Hexadecimal numbers are
    /// integers; underscores may only separate digits (and follow `0x`), as in Go and Prometheus.
    private func numberEnd(from start: Int) -> Int? {
        var offset = start
        if source[offset] == UInt8(ascii: "0"), peek(1) | 0x20 == UInt8(ascii: "x") {
            offset += 2
            if offset < source.count, source[offset] == UInt8(ascii: "_") { offset += 1 }
            return digitRunEnd(from: offset, hexadecimal: true)
        }
        var sawDigits = false
        if let end = digitRunEnd(from: offset, hexadecimal: false) {
            offset = end
            sawDigits = true
        }
        if offset < source.count, source[offset] == UInt8(ascii: ".") {
            offset += 1
            if let end = digitRunEnd(from: offset, hexadecimal: false) {
                offset = end
                sawDigits = true
            }
        }
        guard sawDigits else { return nil }
        if offset < source.count, source[offset] | 0x20 == UInt8(ascii: "e") {
            var exponent = offset + 1
            if exponent < source.count, source[exponent] == UInt8(ascii: "+") || source[exponent] == UInt8(ascii: "-") {
                exponent += 1
            }
            guard let end = digitRunEnd(from: exponent, hexadecimal: false) else { return nil }
            offset = end
        }
        return offset
    }

    /// The end of a run of digits starting at `start`, with single underscores between digits.
    private func digitRunEnd(from start: Int, hexadecimal: Bool) -> Int? {
        func isDigit(_ offset: Int) -> Bool {
            guard offset < source.count else { return false }
            return hexadecimal ? Self.isHexDigit(source[offset]) : Self.isDigit(source[offset])
        }
        guard isDigit(start) else { return nil }
        var offset = start + 1
        while offset < source.count {
            if isDigit(offset) {
                offset += 1
            } else if source[offset] == UInt8(ascii: "_") {
                guard isDigit(offset + 1) else { return nil }
                offset += 2
            } else {
                break
            }
        }
        return offset
    }

    /// The end of one or more `<digits><letters>` groups starting at `start`; the parser checks the units.
    private func durationEnd(from start: Int) -> Int? {
        var offset = start
        while offset < source.count, Self.isDigit(source[offset]) {
            while offset < source.count, Self.isDigit(source[offset]) { offset += 1 }
            let unitStart = offset
            while offset < source.count, Self.isLetter(source[offset]), source[offset] != UInt8(ascii: "_") {
                offset += 1
            }
            guard offset > unitStart else { return nil }
        }
        return offset > start ? offset : nil
    }

    // MARK: - Character classes

    /// ASCII letters and `_`.
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }
}
