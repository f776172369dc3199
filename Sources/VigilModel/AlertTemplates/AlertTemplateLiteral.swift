/// The values of a template's constants, and their errors, by Go's rules for string, character and number literals
/// (which `text/template` reads with `strconv`).
enum AlertTemplateLiteral {
    /// The value of a string token: the escapes of an interpreted string (`\a \b \f \n \r \t \v \\ \"`, three octal
    /// digits up to `\377`, `\xHH`, `\uHHHH`, `\UHHHHHHHH`) resolved, or a raw string less its carriage returns.
    /// `nil` when an escape is invalid, which Go reports as "invalid syntax".
    static func unquote(_ token: AlertTemplateToken) -> String? {
        var body = token.text.unicodeScalars.dropFirst().dropLast()[...]
        guard token.kind == .string else {
            return String(String.UnicodeScalarView(body.filter { $0 != "\r" }))
        }
        var value = String.UnicodeScalarView()
        while !body.isEmpty {
            guard let scalar = character(&body, quote: "\"") else { return nil }
            value.append(scalar)
        }
        return String(value)
    }

    /// Why a number or character constant is not one, in Go's words; `nil` when it is valid.
    static func error(in token: AlertTemplateToken) -> String? {
        let text = token.text
        switch token.kind {
        case .characterConstant:
            var body = text.unicodeScalars.dropFirst().dropLast()[...]
            guard !body.isEmpty, character(&body, quote: "'") != nil else { return "invalid syntax" }
            return body.isEmpty ? nil : "malformed character constant: \(text)"
        case .complex:
            let parts = complexParts(text)
            return parts.map { isFloat($0.real) && isFloat($0.imaginary) } == true
                ? nil : "strconv.ParseComplex: parsing \"\(text)\": invalid syntax"
        default:
            if text.hasSuffix("i") && isFloat(String(text.dropLast())) {
                return nil
            }
            if let fits = integerFits(text), fits {
                return nil
            }
            guard isFloat(text) else { return "illegal number syntax: \"\(text)\"" }
            return text.contains(where: { ".eEpP".contains($0) }) ? nil : "integer overflow: \"\(text)\""
        }
    }

    /// Reads one character or escape of a quoted literal.
    private static func character(_ body: inout Substring.UnicodeScalarView.SubSequence, quote: Unicode.Scalar)
        -> Unicode.Scalar?
    {
        guard let first = body.popFirst() else { return nil }
        guard first == "\\" else { return first == quote ? nil : first }
        guard let escape = body.popFirst() else { return nil }
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t", "v": "\u{0B}", "\\": "\\",
        ]
        if let value = simple[escape] {
            return value
        }
        if escape == quote {
            return quote
        }
        let digits: (count: Int, radix: Int)? =
            switch escape {
            case "x": (2, 16)
            case "u": (4, 16)
            case "U": (8, 16)
            case "0"..."7": (2, 8)
            default: nil
            }
        guard let digits else { return nil }
        var text = digits.radix == 8 ? String(escape) : ""
        for _ in 0..<digits.count {
            guard let digit = body.popFirst() else { return nil }
            text.unicodeScalars.append(digit)
        }
        guard let value = UInt32(text, radix: digits.radix), digits.radix != 8 || value <= 0xFF else { return nil }
        return Unicode.Scalar(value)
    }

    /// The real and imaginary texts of a complex constant, split at the sign between them.
    private static func complexParts(_ text: String) -> (real: String, imaginary: String)? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.last == "i" else { return nil }
        for index in stride(from: scalars.count - 2, to: 0, by: -1)
        where (scalars[index] == "+" || scalars[index] == "-") && !"eEpP".unicodeScalars.contains(scalars[index - 1]) {
            let real = String(String.UnicodeScalarView(scalars[..<index]))
            let imaginary = String(String.UnicodeScalarView(scalars[index..<(scalars.count - 1)]))
            return (real, imaginary)
        }
        return nil
    }

    /// Whether `text` is an integer literal of Go (a sign, `0x`, `0o`, `0b` or a leading `0` for octal, digits with
    /// `_` between them) that fits `uint64` (`int64` when signed); `nil` when it is no integer literal.
    private static func integerFits(_ text: String) -> Bool? {
        var rest = Substring(text)
        let sign = rest.first.flatMap { "+-".contains($0) ? $0 : nil }
        if sign != nil { rest = rest.dropFirst() }
        guard hasValidUnderscores(rest) else { return nil }
        var radix = 10
        for (prefix, base) in [("0x", 16), ("0o", 8), ("0b", 2)] where rest.lowercased().hasPrefix(prefix) {
            radix = base
            rest = rest.dropFirst(2)
        }
        if radix == 10 && rest.count > 1 && rest.hasPrefix("0") {
            radix = 8
        }
        let digits = rest.filter { $0 != "_" }
        guard !digits.isEmpty, digits.allSatisfy({ $0.hexDigitValue.map { $0 < radix } ?? false }) else { return nil }
        guard let magnitude = UInt64(digits, radix: radix) else { return false }
        switch sign {
        case "-": return magnitude <= UInt64(Int64.max) + 1
        case "+": return magnitude <= UInt64(Int64.max)
        default: return true
        }
    }

    /// Whether `text` is a floating-point literal of Go: decimal (`1`, `1.`, `.5`, `1e-3`) or hexadecimal with a
    /// binary exponent (`0x1.8p1`), with a sign and `_` between digits.
    static func isFloat(_ text: String) -> Bool {
        var rest = Substring(text)
        if let first = rest.first, "+-".contains(first) { rest = rest.dropFirst() }
        guard hasValidUnderscores(rest) else { return false }
        let hexadecimal = rest.lowercased().hasPrefix("0x")
        if hexadecimal { rest = rest.dropFirst(2) }
        let digits: (Character) -> Bool = hexadecimal ? { $0.isHexDigit || $0 == "_" } : { $0.isNumber || $0 == "_" }
        let whole = rest.prefix(while: digits)
        rest = rest.dropFirst(whole.count)
        var fraction = Substring()
        if rest.first == "." {
            fraction = rest.dropFirst().prefix(while: digits)
            rest = rest.dropFirst(1 + fraction.count)
        }
        guard whole.contains(where: { $0 != "_" }) || fraction.contains(where: { $0 != "_" }) else { return false }
        guard let exponent = rest.first, (hexadecimal ? "pP" : "eE").contains(exponent) else {
            return rest.isEmpty && !hexadecimal
        }
        rest = rest.dropFirst()
        if let first = rest.first, "+-".contains(first) { rest = rest.dropFirst() }
        return !rest.isEmpty && rest.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "_") }
    }

    /// Go's rule for `_` in numbers: only between two digits, or between a base prefix and a digit.
    private static func hasValidUnderscores(_ text: Substring) -> Bool {
        let characters = Array(text)
        for (index, character) in characters.enumerated() where character == "_" {
            let before = index > 0 ? characters[index - 1] : nil
            let after = index + 1 < characters.count ? characters[index + 1] : nil
            let prefixBefore = index == 2 && characters[0] == "0" && "xXoObB".contains(characters[1])
            guard before.map({ $0.isHexDigit || prefixBefore }) == true, after?.isHexDigit == true else {
                return false
            }
        }
        return true
    }
}
