/// Decoding the text of number, duration and string tokens.
extension PromQLParser {
    /// The value of a number token, read as Prometheus does: decimal, hexadecimal (`0x1F`), octal when
    /// an integer starts with `0` (`010` is 8), underscores between digits, `Inf` and `NaN` in any case.
    func numberValue(_ token: PromQLToken) throws(PromQLSyntaxError) -> Double {
        let bytes = source[token.start..<token.end]
        let first = bytes[bytes.startIndex]
        if PromQLLexer.isLetter(first) {
            return first | 0x20 == UInt8(ascii: "i") ? .infinity : .nan
        }
        let digits = String(decoding: bytes.lazy.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        let utf8 = digits.utf8
        if utf8.count > 2, utf8.dropFirst().first.map({ $0 | 0x20 }) == UInt8(ascii: "x") {
            guard let value = Int64(digits.dropFirst(2), radix: 16) else {
                throw error("number \"\(text(token))\" is out of range", at: token.start)
            }
            return Double(value)
        }
        if utf8.count > 1, utf8.first == UInt8(ascii: "0"),
            utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }),
            let value = Int64(digits, radix: 8)
        {
            return Double(value)
        }
        guard let value = Double(digits), value.isFinite else {
            throw error("number \"\(text(token))\" is out of range", at: token.start)
        }
        return value
    }

    /// The value of a duration token (`5m`, `1h30m`).
    func durationValue(_ token: PromQLToken) throws(PromQLSyntaxError) -> Duration {
        guard let duration = Duration(parsing: text(token)) else {
            throw error("invalid duration \"\(text(token))\"", at: token.start)
        }
        return duration
    }

    /// A number token read as seconds, truncated to whole milliseconds (`[300]` is five minutes).
    func secondsValue(_ token: PromQLToken) throws(PromQLSyntaxError) -> Duration {
        let milliseconds = try numberValue(token) * 1000
        guard let whole = Int64(exactly: milliseconds.rounded(.towardZero)) else {
            throw error("duration \"\(text(token))\" is out of range", at: token.start)
        }
        return Duration(milliseconds: whole)
    }

    /// The value of a string token. Backtick strings are raw; in double- and single-quoted strings the
    /// Go escapes apply (`\n`, `\t`, `\\`, the quote itself, `\x41`, `\101`, `\u00e9`, `\U0001F600`).
    func stringValue(_ token: PromQLToken) throws(PromQLSyntaxError) -> String {
        let quote = source[token.start]
        let content = source[(token.start + 1)..<(token.end - 1)]
        guard quote != UInt8(ascii: "`"), content.contains(UInt8(ascii: "\\")) else {
            return String(decoding: content, as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(content.count)
        var offset = content.startIndex
        while offset < content.endIndex {
            let byte = source[offset]
            offset += 1
            guard byte == UInt8(ascii: "\\") else {
                bytes.append(byte)
                continue
            }
            let escape = source[offset]
            offset += 1
            switch escape {
            case UInt8(ascii: "a"): bytes.append(0x07)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "v"): bytes.append(0x0B)
            case UInt8(ascii: "\\"), quote: bytes.append(escape)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                let value = try escapedNumber(at: offset - 1, digits: 3, radix: 8, in: content)
                guard value <= 0xFF else {
                    throw error("octal escape value > 255", at: offset - 2)
                }
                bytes.append(UInt8(value))
                offset += 2
            case UInt8(ascii: "x"):
                bytes.append(UInt8(try escapedNumber(at: offset, digits: 2, radix: 16, in: content)))
                offset += 2
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count = escape == UInt8(ascii: "u") ? 4 : 8
                let value = try escapedNumber(at: offset, digits: count, radix: 16, in: content)
                guard let scalar = Unicode.Scalar(value) else {
                    throw error("escape sequence is an invalid Unicode code point", at: offset - 2)
                }
                bytes.append(contentsOf: String(scalar).utf8)
                offset += count
            default:
                throw error("unknown escape sequence", at: offset - 2)
            }
        }
        guard let value = Self.validUTF8(bytes) else {
            throw error("invalid UTF-8 in string", at: token.start)
        }
        return value
    }

    /// The number written by `digits` digits in `radix` at `offset` inside an escape sequence.
    private func escapedNumber(at offset: Int, digits: Int, radix: UInt32, in content: ArraySlice<UInt8>)
        throws(PromQLSyntaxError) -> UInt32
    {
        var value: UInt32 = 0
        for index in offset..<(offset + digits) {
            guard index < content.endIndex, let digit = Self.digitValue(content[index]), digit < radix else {
                throw error("illegal character in escape sequence", at: min(index, content.endIndex))
            }
            value = value * radix + digit
        }
        return value
    }

    private static func digitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// The string `bytes` spell, or `nil` if they are not valid UTF-8 (`\xff` alone is not).
    private static func validUTF8(_ bytes: [UInt8]) -> String? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return String(decoding: bytes, as: UTF8.self)
            case .error: return nil
            }
        }
    }
}
