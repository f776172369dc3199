// The numeric grammars behind `YAMLScalarResolver`: exact ones that compute the value a YAML 1.1
// reader reads, and wide ones that decide when a string must be quoted.

extension YAMLScalarResolver {
    /// The integer a YAML 1.1 reader makes of `bytes`, or `nil` when they are not an integer or the
    /// integer does not fit in `Int`.
    ///
    /// Accepts `[-+]?` followed by `0`, `[1-9][0-9_]*`, `0b[01_]+`, `0x[0-9a-fA-F_]+`, `0o[0-7_]+`,
    /// `0[0-7_]+` (old-style octal) or `[1-9][0-9_]*(:[0-5]?[0-9])+` (sexagesimal).
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var cursor = ByteCursor(bytes)
        let negative = cursor.consumeSign()
        var value = 0
        if cursor.consume(UInt8(ascii: "0")) {
            if cursor.isAtEnd { return 0 }
            var prefixed = true
            let base: Int
            if cursor.consume(UInt8(ascii: "b")) {
                base = 2
            } else if cursor.consume(UInt8(ascii: "o")) {
                base = 8
            } else if cursor.consume(UInt8(ascii: "x")) {
                base = 16
            } else {
                (base, prefixed) = (8, false)
            }
            guard let digits = accumulate(&cursor, base: base, negative: negative, into: &value),
                digits > 0 || !prefixed, cursor.isAtEnd
            else { return nil }
            return value
        }
        guard cursor.next?.isDecimalDigit == true,
            accumulate(&cursor, base: 10, negative: negative, into: &value) != nil
        else { return nil }
        while cursor.consume(UInt8(ascii: ":")) {
            guard let group = sexagesimalGroup(&cursor),
                let shifted = shift(value, base: 60, adding: negative ? -group : group)
            else { return nil }
            value = shifted
        }
        return cursor.isAtEnd ? value : nil
    }

    /// The float a YAML 1.1 reader makes of `bytes` (the named specials aside), or `nil` when they are
    /// not a float.
    ///
    /// Accepts `[-+]?` followed by `[0-9][0-9_]*\.[0-9_]*`, `\.[0-9][0-9_]*` or `[0-9][0-9_]*`, then an
    /// optional `[eE][-+]?[0-9]+`, with a dot or an exponent required; or the sexagesimal
    /// `[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*`.
    static func float(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var cursor = ByteCursor(bytes)
        let negative = cursor.consumeSign()
        let leadingDot = cursor.consume(UInt8(ascii: "."))
        guard cursor.consume(where: \.isDecimalDigit) else { return nil }
        cursor.consumeAll(where: isDigitOrUnderscore)
        if !leadingDot && cursor.next == UInt8(ascii: ":") {
            return sexagesimalFloat(bytes, negative: negative)
        }
        let hasDot = leadingDot || cursor.consume(UInt8(ascii: "."))
        cursor.consumeAll(where: isDigitOrUnderscore)
        let hasExponent = consumeExponent(&cursor)
        guard hasDot || hasExponent, cursor.isAtEnd else { return nil }
        return Double(withoutUnderscores(bytes))
    }

    /// True when some YAML 1.1 or 1.2 reader (PyYAML, ruamel.yaml, Go's yaml.v2 and yaml.v3, Ruby's
    /// Psych, a YAML 1.2 core-schema reader) could read `bytes` as a number. A wide net: `1.2.3`,
    /// `9090:9090`, `0x` and `+_` (an integer to ruamel.yaml) are caught too.
    static func looksNumeric(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.contains(where: { $0.isDecimalDigit || $0 == UInt8(ascii: "_") }) else { return false }
        var cursor = ByteCursor(bytes)
        _ = cursor.consumeSign()
        var prefixed = cursor
        if prefixed.consume(UInt8(ascii: "0")) {
            if prefixed.consume(where: { $0 | 0x20 == UInt8(ascii: "x") }) {
                prefixed.consumeAll { $0.isHexDigit || isSeparator($0) }
                return prefixed.isAtEnd
            }
            if prefixed.consume(where: { $0 | 0x20 == UInt8(ascii: "o") || $0 | 0x20 == UInt8(ascii: "b") }) {
                prefixed.consumeAll(where: isDigitOrSeparator)
                return prefixed.isAtEnd
            }
        }
        if cursor.consumeAll(where: isDigitOrSeparator) > 0 {
            while cursor.consume(UInt8(ascii: ":")) {
                cursor.consumeAll(where: isDigitOrSeparator)
            }
        }
        if cursor.consume(UInt8(ascii: ".")) {
            cursor.consumeAll { isDigitOrSeparator($0) || $0 == UInt8(ascii: ".") }
        }
        if cursor.consume(where: { $0 | 0x20 == UInt8(ascii: "e") }) {
            _ = cursor.consumeSign()
            cursor.consumeAll(where: isDigitOrSeparator)
        }
        return cursor.isAtEnd
    }

    /// True when `bytes` start like a YAML 1.1 timestamp: `[0-9]{4}-[0-9]{1,2}-[0-9]`.
    static func looksLikeTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = ByteCursor(bytes)
        return cursor.consumeAll(where: \.isDecimalDigit) == 4
            && cursor.consume(UInt8(ascii: "-"))
            && (1...2).contains(cursor.consumeAll(where: \.isDecimalDigit))
            && cursor.consume(UInt8(ascii: "-"))
            && cursor.consume(where: \.isDecimalDigit)
    }

    /// Consumes digits of `base` and underscores, adding them to `value` with the given sign. Returns the
    /// number of digits, or `nil` when `value` overflows.
    private static func accumulate(
        _ cursor: inout ByteCursor, base: Int, negative: Bool, into value: inout Int
    ) -> Int? {
        var digits = 0
        while let byte = cursor.next {
            if byte == UInt8(ascii: "_") {
                _ = cursor.consume(byte)
                continue
            }
            guard byte.isHexDigit, byte.digitValue < base else { break }
            let digit = byte.digitValue
            guard let shifted = shift(value, base: base, adding: negative ? -digit : digit) else { return nil }
            value = shifted
            digits += 1
            _ = cursor.consume(byte)
        }
        return digits
    }

    /// `value * base + digit`, or `nil` on overflow.
    private static func shift(_ value: Int, base: Int, adding digit: Int) -> Int? {
        let (product, overflow) = value.multipliedReportingOverflow(by: base)
        let (sum, carry) = product.addingReportingOverflow(digit)
        return overflow || carry ? nil : sum
    }

    /// Consumes one sexagesimal group after a colon, `[0-5]?[0-9]`, and returns its value.
    private static func sexagesimalGroup(_ cursor: inout ByteCursor) -> Int? {
        guard let first = cursor.next, first.isDecimalDigit else { return nil }
        _ = cursor.consume(first)
        guard let second = cursor.next, second.isDecimalDigit else { return first.digitValue }
        guard first.digitValue <= 5 else { return nil }
        _ = cursor.consume(second)
        return first.digitValue * 10 + second.digitValue
    }

    /// The value of a sexagesimal float such as `190:20:30.15`, or `nil` when `bytes` are not one.
    private static func sexagesimalFloat(_ bytes: UnsafeBufferPointer<UInt8>, negative: Bool) -> Double? {
        var cursor = ByteCursor(bytes)
        _ = cursor.consumeSign()
        var whole = 0
        guard accumulate(&cursor, base: 10, negative: false, into: &whole) != nil else { return nil }
        var value = Double(whole)
        while cursor.consume(UInt8(ascii: ":")) {
            guard let group = sexagesimalGroup(&cursor) else { return nil }
            value = value * 60 + Double(group)
        }
        let fractionStart = cursor.position
        guard cursor.consume(UInt8(ascii: ".")) else { return nil }
        cursor.consumeAll(where: isDigitOrUnderscore)
        guard cursor.isAtEnd, let fraction = Double("0" + withoutUnderscores(cursor.bytes(from: fractionStart)))
        else { return nil }
        return negative ? -(value + fraction) : value + fraction
    }

    /// Consumes `[eE][-+]?[0-9]+` and reports whether it was there; consumes nothing when it was not.
    private static func consumeExponent(_ cursor: inout ByteCursor) -> Bool {
        var probe = cursor
        guard probe.consume(where: { $0 | 0x20 == UInt8(ascii: "e") }) else { return false }
        _ = probe.consumeSign()
        guard probe.consumeAll(where: \.isDecimalDigit) > 0 else { return false }
        cursor = probe
        return true
    }

    /// The text of `bytes` with every `_` removed.
    private static func withoutUnderscores(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes.lazy.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
    }

    private static func isDigitOrUnderscore(_ byte: UInt8) -> Bool {
        byte.isDecimalDigit || byte == UInt8(ascii: "_")
    }

    /// The digit separators some reader accepts: `_` everywhere, `,` in Ruby's Psych.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || byte == UInt8(ascii: ",")
    }

    private static func isDigitOrSeparator(_ byte: UInt8) -> Bool {
        byte.isDecimalDigit || isSeparator(byte)
    }
}
