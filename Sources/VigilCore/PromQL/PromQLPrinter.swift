/// Writes PromQL in canonical form: one line, single spaces around binary operators and after the commas
/// of argument and label lists (matchers are joined by a bare comma, as Prometheus prints them),
/// `by`/`without` before the arguments, double-quoted strings with Go escapes, durations in ``Duration``'s
/// canonical form, the shortest decimal that reads back as the same number, and only the parentheses
/// that precedence needs.
///
/// The output is accepted by Prometheus 2 and 3 unless the tree uses a Prometheus 3 feature (a label name
/// that is not an identifier, an experimental function).
struct PromQLPrinter {
    /// The UTF-8 text written so far; appending bytes is cheaper than growing a `String` piece by piece.
    private var utf8: [UInt8] = []

    /// The text written so far.
    var output: String { String(decoding: utf8, as: UTF8.self) }

    init() {
        utf8.reserveCapacity(128)
    }

    private mutating func append(_ text: String) {
        // Native strings hand out their bytes in one piece, which copies faster than byte by byte.
        if text.utf8.withContiguousStorageIfAvailable({ utf8.append(contentsOf: $0) }) == nil {
            utf8.append(contentsOf: text.utf8)
        }
    }

    // MARK: - Expressions

    mutating func write(_ expression: PromQLExpression) {
        switch expression {
        case .number(let value):
            append(Self.number(value))
        case .string(let value):
            writeQuoted(value)
        case .vectorSelector(let selector):
            writeSelectorBody(selector)
            writeModifiers(at: selector.at, offset: selector.offset)
        case .matrixSelector(let matrix):
            writeSelectorBody(matrix.selector)
            append("[")
            append(matrix.range.description)
            append("]")
            writeModifiers(at: matrix.selector.at, offset: matrix.selector.offset)
        case .subquery(let subquery):
            writeOperand(subquery.expression, parenthesized: !Self.isAtom(subquery.expression))
            append("[\(subquery.range):\(subquery.step.map(\.description) ?? "")]")
            writeModifiers(at: subquery.at, offset: subquery.offset)
        case .call(let call):
            append(call.function.name)
            writeArguments(call.arguments)
        case .aggregation(let aggregation):
            append(aggregation.op.rawValue)
            switch aggregation.grouping {
            case .by(let labels):
                append(" by ")
                writeLabelList(labels)
                append(" ")
            case .without(let labels):
                append(" without ")
                writeLabelList(labels)
                append(" ")
            case nil:
                break
            }
            append("(")
            if let parameter = aggregation.parameter {
                write(parameter)
                append(", ")
            }
            write(aggregation.expression)
            append(")")
        case .binary(let binary):
            writeBinary(binary)
        case .unary(let op, let operand):
            append(op.rawValue)
            if case .unary = operand { append(" ") }
            writeOperand(operand, parenthesized: Self.needsParenthesesAsUnaryOperand(operand))
        }
    }

    private mutating func writeOperand(_ expression: PromQLExpression, parenthesized: Bool) {
        if parenthesized { append("(") }
        write(expression)
        if parenthesized { append(")") }
    }

    private mutating func writeArguments(_ arguments: [PromQLExpression]) {
        append("(")
        for (index, argument) in arguments.enumerated() {
            if index > 0 { append(", ") }
            write(argument)
        }
        append(")")
    }

    private mutating func writeBinary(_ binary: PromQLBinaryExpression) {
        let op = binary.op
        writeOperand(binary.lhs, parenthesized: Self.needsParentheses(binary.lhs, asLeftOperandOf: op))
        append(" ")
        append(op.rawValue)
        if binary.returnsBool { append(" bool") }
        let parenthesizeRight = Self.needsParentheses(binary.rhs, asRightOperandOf: op)
        if let matching = binary.matching {
            append(" ")
            append(matching.axis.rawValue)
            append(" ")
            writeLabelList(matching.labels)
            if let group = matching.group {
                switch group {
                case .left: append(" group_left")
                case .right: append(" group_right")
                }
                // A parenthesis right after `group_left` would be read as its label list.
                if !group.labels.isEmpty || parenthesizeRight || Self.printsParenthesisFirst(binary.rhs) {
                    append(" ")
                    writeLabelList(group.labels)
                }
            }
        }
        append(" ")
        writeOperand(binary.rhs, parenthesized: parenthesizeRight)
    }

    // MARK: - Precedence

    /// Whether an expression prints as an indivisible unit: everything but operators and negative numbers.
    private static func isAtom(_ expression: PromQLExpression) -> Bool {
        switch expression {
        case .binary, .unary: false
        case .number(let value): value.sign == .plus || value.isNaN
        default: true
        }
    }

    /// A sign (or negative number) on the left of `^` would take the power as its operand (`-1 ^ 2` is
    /// `-(1 ^ 2)`); on the left of anything else it binds tighter, like `*`.
    private static func needsParentheses(
        _ operand: PromQLExpression, asLeftOperandOf op: PromQLBinaryExpression.Operator
    ) -> Bool {
        if case .binary(let inner) = operand {
            return inner.op.precedence < op.precedence
                || (inner.op.precedence == op.precedence && op.isRightAssociative)
        }
        return op == .power && !isAtom(operand)
    }

    /// A sign on the right reads to the end of its operand, so only lower precedence (or the same, for a
    /// left-associative operator) needs parentheses.
    private static func needsParentheses(
        _ operand: PromQLExpression, asRightOperandOf op: PromQLBinaryExpression.Operator
    ) -> Bool {
        guard case .binary(let inner) = operand else { return false }
        return inner.op.precedence < op.precedence || (inner.op.precedence == op.precedence && !op.isRightAssociative)
    }

    /// Whether the printed expression starts with a parenthesis it adds itself (`(a + b) * c`).
    private static func printsParenthesisFirst(_ expression: PromQLExpression) -> Bool {
        switch expression {
        case .binary(let inner):
            needsParentheses(inner.lhs, asLeftOperandOf: inner.op) || printsParenthesisFirst(inner.lhs)
        case .subquery(let subquery):
            !isAtom(subquery.expression) || printsParenthesisFirst(subquery.expression)
        default:
            false
        }
    }

    /// A sign takes `^` expressions as its operand; anything looser needs parentheses, and so do numbers,
    /// which the sign would otherwise fold into. Another sign follows after a space (`- -x`).
    private static func needsParenthesesAsUnaryOperand(_ operand: PromQLExpression) -> Bool {
        switch operand {
        case .binary(let inner): inner.op != .power
        case .number: true
        default: false
        }
    }

    // MARK: - Selectors

    private mutating func writeSelectorBody(_ selector: PromQLVectorSelector) {
        var matchers = selector.matchers
        if let name = selector.name {
            if Self.isBareMetricName(name) {
                append(name)
            } else {
                matchers.insert(PromQLLabelMatcher(PromQLLabelMatcher.metricNameLabel, .equal, name), at: 0)
            }
        }
        guard !matchers.isEmpty || selector.name == nil else { return }
        append("{")
        for (index, matcher) in matchers.enumerated() {
            if index > 0 { append(",") }
            write(matcher)
        }
        append("}")
    }

    mutating func write(_ matcher: PromQLLabelMatcher) {
        if Self.isIdentifier(matcher.label, allowingColons: false) {
            append(matcher.label)
        } else {
            writeQuoted(matcher.label)
        }
        append(matcher.op.rawValue)
        writeQuoted(matcher.value)
    }

    private mutating func writeModifiers(at: PromQLAtModifier?, offset: Duration?) {
        switch at {
        case .timestamp(let milliseconds): append(" @ " + Self.seconds(milliseconds))
        case .start: append(" @ start()")
        case .end: append(" @ end()")
        case nil: break
        }
        if let offset { append(" offset \(offset)") }
    }

    /// `(a, b)`; names that are not identifiers, and `inf`/`nan`, which read as numbers, are quoted.
    private mutating func writeLabelList(_ labels: [String]) {
        append("(")
        for (index, label) in labels.enumerated() {
            if index > 0 { append(", ") }
            if Self.isIdentifier(label, allowingColons: false), !Self.isNumberWord(label) {
                append(label)
            } else {
                writeQuoted(label)
            }
        }
        append(")")
    }

    /// Whether a metric name can be written bare where an expression starts: an identifier, possibly with
    /// colons, that the lexer does not read as a number or an operator keyword.
    private static func isBareMetricName(_ name: String) -> Bool {
        guard isIdentifier(name, allowingColons: true), !isNumberWord(name) else { return false }
        // The keywords that cannot name a metric are at most `group_right` long; longer names skip the lookup.
        guard name.utf8.count <= "group_right".utf8.count else { return true }
        return PromQLToken.Keyword(rawValue: name.lowercased())?.canNameMetric ?? true
    }

    private static func isNumberWord(_ word: String) -> Bool {
        guard word.utf8.count == 3 else { return false }
        let lowercased = word.lowercased()
        return lowercased == "inf" || lowercased == "nan"
    }

    private static func isIdentifier(_ text: String, allowingColons: Bool) -> Bool {
        func isIdentifier(_ utf8: some Collection<UInt8>) -> Bool {
            guard let first = utf8.first, !PromQLLexer.isDigit(first) else { return false }
            return utf8.allSatisfy {
                PromQLLexer.isLetter($0) || PromQLLexer.isDigit($0) || (allowingColons && $0 == UInt8(ascii: ":"))
            }
        }
        return text.utf8.withContiguousStorageIfAvailable(isIdentifier) ?? isIdentifier(text.utf8)
    }

    // MARK: - Literals

    /// A double-quoted string with Go escapes for quotes, backslashes and control characters.
    private mutating func writeQuoted(_ value: String) {
        append("\"")
        // Most strings have nothing to escape; C1 controls are the only escaped scalars that start with 0xC2.
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 }) else {
            append(value)
            append("\"")
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": append("\\\"")
            case "\\": append("\\\\")
            case "\u{07}": append("\\a")
            case "\u{08}": append("\\b")
            case "\u{0C}": append("\\f")
            case "\n": append("\\n")
            case "\r": append("\\r")
            case "\t": append("\\t")
            case "\u{0B}": append("\\v")
            case "\u{00}"..."\u{1F}", "\u{7F}": append("\\x" + Self.hex(scalar.value, digits: 2))
            case "\u{80}"..."\u{9F}": append("\\u" + Self.hex(scalar.value, digits: 4))
            default: utf8.append(contentsOf: String(scalar).utf8)
            }
        }
        append("\"")
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// The shortest decimal that reads back as `value`: plain notation from 1e-6 up to 1e21 (`0.000001`,
    /// `1500`), exponent notation outside (`1e-7`, `1e+21`), and `Inf`, `-Inf`, `NaN`.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        let sign = value.sign == .minus ? "-" : ""
        if value.isInfinite { return sign + "Inf" }
        if value == 0 { return sign + "0" }
        // Whole numbers below 10^15 print as their integer (exactly representable, plain notation).
        if value.magnitude < 1e15, value.rounded() == value { return String(Int64(value)) }
        // Swift prints the shortest digits that round-trip; only their layout changes here.
        let shortest = value.magnitude.description
        // A fraction below 10^15 that Swift writes without an exponent is already in plain notation, well inside
        // the range below. (Swift writes whole numbers from 10^15 on with a trailing `.0`.)
        if value.magnitude < 1e15, !shortest.utf8.contains(UInt8(ascii: "e")) {
            return sign + shortest
        }
        var digits: [UInt8] = []
        var pointPosition: Int?
        var exponent = 0
        var utf8 = shortest.utf8[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: ".") {
                pointPosition = digits.count
            } else if byte == UInt8(ascii: "e") {
                exponent = Int(String(decoding: utf8, as: UTF8.self)) ?? 0
                break
            } else {
                digits.append(byte)
            }
        }
        // The value is 0.DIGITS × 10^decimalExponent.
        var decimalExponent = (pointPosition ?? digits.count) + exponent
        while digits.first == UInt8(ascii: "0") {
            digits.removeFirst()
            decimalExponent -= 1
        }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        let text: String
        if decimalExponent > 21 || decimalExponent < -5 {
            var mantissa = [digits[0]]
            if digits.count > 1 { mantissa += [UInt8(ascii: ".")] + digits[1...] }
            let power = decimalExponent - 1
            text = String(decoding: mantissa, as: UTF8.self) + (power < 0 ? "e-" : "e+") + String(power.magnitude)
        } else if decimalExponent <= 0 {
            text = "0." + String(repeating: "0", count: -decimalExponent) + String(decoding: digits, as: UTF8.self)
        } else if decimalExponent >= digits.count {
            text =
                String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: decimalExponent - digits.count)
        } else {
            text =
                String(decoding: digits[..<decimalExponent], as: UTF8.self) + "."
                + String(decoding: digits[decimalExponent...], as: UTF8.self)
        }
        return sign + text
    }

    /// A Unix time in milliseconds as seconds: `1609746000`, `1.5`, `-0.25`.
    private static func seconds(_ milliseconds: Int64) -> String {
        let magnitude = milliseconds.magnitude
        var text = (milliseconds < 0 ? "-" : "") + String(magnitude / 1000)
        let fraction = magnitude % 1000
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 3 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }
}
