/// Splits a template into ``AlertTemplateToken``s by the rules of Go's `text/template` lexer: text up to `{{`, trim
/// markers (`{{- ` and ` -}}`, a dash beside a space), comments that fill a whole action, and inside actions the
/// words of the grammar. An error token ends the list, where the lexer stops.
struct AlertTemplateLexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var tokens: [AlertTemplateToken] = []
    private var parenthesisDepth = 0

    /// The tokens of `template`, ending with an ``AlertTemplateToken/Kind/endOfTemplate`` or an
    /// ``AlertTemplateToken/Kind/error`` token.
    static func tokens(of template: String) -> [AlertTemplateToken] {
        var lexer = AlertTemplateLexer(scalars: Array(template.unicodeScalars))
        lexer.lexTemplate()
        return lexer.tokens
    }

    /// Go's template whitespace: space, tab, carriage return and line feed.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n"
    }

    /// Letters, decimal digits and `_`, in any script: what names are made of.
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: true
        default: scalar == "_"
        }
    }

    /// Go's `%#U` of a scalar, for errors: `U+003D '='`.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex) '\(scalar)'"
    }

    private var current: Unicode.Scalar? {
        position < scalars.count ? scalars[position] : nil
    }

    /// Whether `text` starts `offset` scalars from the position. It is asked at every scalar of a template's
    /// text, so it stops at the first scalar that differs.
    private func isAt(_ text: String, offset: Int = 0) -> Bool {
        var index = position + offset
        for scalar in text.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    /// A left trim marker at `offset` from the position: a dash and a space.
    private func isAtLeftTrimMarker(offset: Int) -> Bool {
        let index = position + offset
        return index + 1 < scalars.count && scalars[index] == "-" && Self.isSpace(scalars[index + 1])
    }

    /// Whether `}}` starts here, and whether with a right trim marker (` -}}`) before it.
    private func rightDelimiter() -> (found: Bool, trimmed: Bool) {
        if let first = current, Self.isSpace(first), isAt("-}}", offset: 1) {
            return (true, true)
        }
        return (isAt("}}"), false)
    }

    private mutating func emit(_ kind: AlertTemplateToken.Kind, from start: Int) {
        tokens.append(
            AlertTemplateToken(
                kind: kind, text: String(String.UnicodeScalarView(scalars[start..<position])), offset: start))
    }

    private mutating func fail(_ message: String, at offset: Int) {
        tokens.append(AlertTemplateToken(kind: .error, text: message, offset: offset))
    }

    private mutating func skipSpaces() {
        while let scalar = current, Self.isSpace(scalar) {
            position += 1
        }
    }

    /// Text and actions to the end; stops at the first error.
    private mutating func lexTemplate() {
        while true {
            let start = position
            while position < scalars.count && !isAt("{{") {
                position += 1
            }
            var textEnd = position
            if position < scalars.count && isAtLeftTrimMarker(offset: 2) {
                while textEnd > start && Self.isSpace(scalars[textEnd - 1]) {
                    textEnd -= 1
                }
            }
            if textEnd > start {
                tokens.append(
                    AlertTemplateToken(
                        kind: .text, text: String(String.UnicodeScalarView(scalars[start..<textEnd])), offset: start))
            }
            guard position < scalars.count else {
                tokens.append(AlertTemplateToken(kind: .endOfTemplate, text: "", offset: position))
                return
            }
            guard lexAction() else { return }
        }
    }

    /// The action at `{{`: a comment or the words up to `}}`. Returns `false` after an error.
    private mutating func lexAction() -> Bool {
        let start = position
        position += 2
        let marker = isAtLeftTrimMarker(offset: 0) ? 2 : 0
        if isAt("/*", offset: marker) {
            return lexComment(from: start, after: marker)
        }
        emit(.leftDelimiter, from: start)
        position += marker
        parenthesisDepth = 0
        while true {
            let (found, trimmed) = rightDelimiter()
            if found {
                guard parenthesisDepth == 0 else {
                    fail("unclosed left paren", at: position)
                    return false
                }
                position += trimmed ? 2 : 0
                let delimiterStart = position
                position += 2
                emit(.rightDelimiter, from: delimiterStart)
                if trimmed { skipSpaces() }
                return true
            }
            guard let scalar = current else {
                fail("unclosed action", at: position)
                return false
            }
            guard lexWord(scalar) else { return false }
        }
    }

    /// `{{/* ... */}}`, with trim markers on either side; `marker` is the length of the left one.
    private mutating func lexComment(from start: Int, after marker: Int) -> Bool {
        position += marker + 2
        while position < scalars.count && !isAt("*/") {
            position += 1
        }
        guard position < scalars.count else {
            fail("unclosed comment", at: start)
            return false
        }
        position += 2
        let (found, trimmed) = rightDelimiter()
        guard found else {
            fail("comment ends before closing delimiter", at: start)
            return false
        }
        position += trimmed ? 4 : 2
        emit(.comment, from: start)
        if trimmed { skipSpaces() }
        return true
    }

    /// One word inside an action, starting with `scalar`. Returns `false` after an error.
    private mutating func lexWord(_ scalar: Unicode.Scalar) -> Bool {
        let start = position
        switch scalar {
        case _ where Self.isSpace(scalar):
            lexSpace()
            return true
        case "=", "|":
            position += 1
            emit(scalar == "=" ? .assign : .pipe, from: start)
        case ":":
            guard isAt(":=") else {
                fail("expected :=", at: start)
                return false
            }
            position += 2
            emit(.declare, from: start)
        case "\"": return lexQuoted(closing: "\"", kind: .string, error: "unterminated quoted string")
        case "`": return lexRaw()
        case "'": return lexQuoted(closing: "'", kind: .characterConstant, error: "unterminated character constant")
        case "$": return lexName(kind: .variable)
        case "." where !(position + 1 < scalars.count && ("0"..."9").contains(scalars[position + 1])):
            return lexName(kind: .field)
        case ".", "+", "-", "0"..."9": return lexNumber()
        case _ where Self.isAlphanumeric(scalar): return lexIdentifier()
        case "(":
            position += 1
            parenthesisDepth += 1
            emit(.leftParenthesis, from: start)
        case ")":
            position += 1
            parenthesisDepth -= 1
            guard parenthesisDepth >= 0 else {
                fail("unexpected right paren", at: start)
                return false
            }
            emit(.rightParenthesis, from: start)
        case _ where scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F:
            position += 1
            emit(.punctuation(scalar), from: start)
        default:
            fail("unrecognized character in action: \(Self.describe(scalar))", at: start)
            return false
        }
        return true
    }

    /// Spaces inside an action; the one before ` -}}` belongs to the trim marker.
    private mutating func lexSpace() {
        let start = position
        skipSpaces()
        if isAt("-}}") {
            position -= 1
            guard position > start else { return }
        }
        emit(.space, from: start)
    }

    /// Whether the word that ends here may end here: before a space, `.`, `,`, `|`, `:`, a parenthesis, `}}` or the
    /// end of the template.
    private var isAtTerminator: Bool {
        guard let scalar = current else { return true }
        return Self.isSpace(scalar) || ".,|:()".unicodeScalars.contains(scalar) || isAt("}}")
    }

    /// A string or character constant: up to `closing`, backslash escapes skipped, on one line.
    private mutating func lexQuoted(closing: Unicode.Scalar, kind: AlertTemplateToken.Kind, error: String) -> Bool {
        let start = position
        position += 1
        while let scalar = current, scalar != "\n" {
            position += 1
            if scalar == closing {
                emit(kind, from: start)
                return true
            }
            if scalar == "\\" {
                guard let escaped = current, escaped != "\n" else { break }
                position += 1
            }
        }
        fail(error, at: start)
        return false
    }

    private mutating func lexRaw() -> Bool {
        let start = position
        position += 1
        while let scalar = current, scalar != "`" {
            position += 1
        }
        guard position < scalars.count else {
            fail("unterminated raw quoted string", at: start)
            return false
        }
        position += 1
        emit(.rawString, from: start)
        return true
    }

    /// `$name` or `.Name` (`kind` says which); `$` or `.` alone when a terminator follows.
    private mutating func lexName(kind: AlertTemplateToken.Kind) -> Bool {
        let start = position
        position += 1
        if isAtTerminator {
            emit(kind == .variable ? .variable : .dot, from: start)
            return true
        }
        while let scalar = current, Self.isAlphanumeric(scalar) {
            position += 1
        }
        guard isAtTerminator else {
            fail("bad character \(Self.describe(scalars[position]))", at: start)
            return false
        }
        emit(kind, from: start)
        return true
    }

    /// A keyword, `true`, `false` or a function's name.
    private mutating func lexIdentifier() -> Bool {
        let start = position
        while let scalar = current, Self.isAlphanumeric(scalar) {
            position += 1
        }
        guard isAtTerminator else {
            fail("bad character \(Self.describe(scalars[position]))", at: start)
            return false
        }
        let word = String(String.UnicodeScalarView(scalars[start..<position]))
        if let keyword = AlertTemplateKeyword(rawValue: word) {
            emit(.keyword(keyword), from: start)
        } else {
            emit(word == "true" || word == "false" ? .bool : .identifier, from: start)
        }
        return true
    }

    /// A number as Go's lexer scans it: a sign, a base prefix, digits and `_`, a fraction, an exponent and an `i`;
    /// a second such number after a sign makes a complex constant (`1+2i`). Whether the text is a valid number is
    /// the parser's question.
    private mutating func lexNumber() -> Bool {
        let start = position
        guard scanNumber() else {
            fail("bad number syntax: \"\(String(String.UnicodeScalarView(scalars[start..<position])))\"", at: start)
            return false
        }
        guard let sign = current, sign == "+" || sign == "-" else {
            emit(.number, from: start)
            return true
        }
        guard scanNumber(), scalars[position - 1] == "i" else {
            fail("bad number syntax: \"\(String(String.UnicodeScalarView(scalars[start..<position])))\"", at: start)
            return false
        }
        emit(.complex, from: start)
        return true
    }

    /// Moves over one number's characters; `false` (past the offending character) when a letter or digit follows.
    private mutating func scanNumber() -> Bool {
        accept("+-")
        var digits = "0123456789_"
        if accept("0") {
            if accept("xX") {
                digits = "0123456789abcdefABCDEF_"
            } else if accept("oO") {
                digits = "01234567_"
            } else if accept("bB") {
                digits = "01_"
            }
        }
        acceptRun(digits)
        if accept(".") {
            acceptRun(digits)
        }
        if digits.count == 11 && accept("eE") || digits.count == 23 && accept("pP") {
            accept("+-")
            acceptRun("0123456789_")
        }
        accept("i")
        if let next = current, Self.isAlphanumeric(next) {
            position += 1
            return false
        }
        return true
    }

    @discardableResult
    private mutating func accept(_ set: String) -> Bool {
        guard let scalar = current, set.unicodeScalars.contains(scalar) else { return false }
        position += 1
        return true
    }

    private mutating func acceptRun(_ set: String) {
        while accept(set) {}
    }
}
