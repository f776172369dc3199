/// Reads JSON text (RFC 8259) into ``JSONNode``s that keep their lines. A syntax error is thrown with its line.
struct JSONReader {
    /// A place where the text is not JSON.
    struct SyntaxError: Error {
        /// What was expected.
        var message: String
        /// The 1-based line.
        var line: Int
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1

    /// A reader of `text`.
    init(text: String) {
        bytes = Array(text.utf8)
    }

    /// The one value of the text, with nothing but white space after it.
    mutating func read() throws(SyntaxError) -> JSONNode {
        let node = try value()
        skipSpace()
        guard index == bytes.count else { throw error("unexpected text after the JSON value") }
        return node
    }

    private func error(_ message: String) -> SyntaxError { SyntaxError(message: message, line: line) }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"): line += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return
            }
            index += 1
        }
    }

    private mutating func value() throws(SyntaxError) -> JSONNode {
        skipSpace()
        guard index < bytes.count else { throw error("a value was expected, the text ended") }
        let start = line
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(value: try object(), line: start)
        case UInt8(ascii: "["): return JSONNode(value: try array(), line: start)
        case UInt8(ascii: "\""): return JSONNode(value: .string(try string()), line: start)
        case UInt8(ascii: "t"): return JSONNode(value: try literal("true", .bool(true)), line: start)
        case UInt8(ascii: "f"): return JSONNode(value: try literal("false", .bool(false)), line: start)
        case UInt8(ascii: "n"): return JSONNode(value: try literal("null", .null), line: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try number()), line: start)
        default: throw error("unexpected character `\(Character(Unicode.Scalar(bytes[index])))`")
        }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(SyntaxError) {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { throw error("\(what) was expected") }
        index += 1
    }

    /// Consumes `byte` after white space, if it is next.
    private mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func object() throws(SyntaxError) -> JSONNode.Value {
        index += 1
        var members: [(key: String, value: JSONNode)] = []
        if consume(UInt8(ascii: "}")) { return .object(members) }
        repeat {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("a member name was expected")
            }
            let key = try string()
            try expect(UInt8(ascii: ":"), "`:` after a member name")
            members.append((key, try value()))
        } while consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"), "`,` or `}`")
        return .object(members)
    }

    private mutating func array() throws(SyntaxError) -> JSONNode.Value {
        index += 1
        var elements: [JSONNode] = []
        if consume(UInt8(ascii: "]")) { return .array(elements) }
        repeat { elements.append(try value()) } while consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"), "`,` or `]`")
        return .array(elements)
    }

    private mutating func literal(_ word: String, _ value: JSONNode.Value) throws(SyntaxError) -> JSONNode.Value {
        let utf8 = Array(word.utf8)
        guard index + utf8.count <= bytes.count, Array(bytes[index..<(index + utf8.count)]) == utf8 else {
            throw error("`\(word)` was expected")
        }
        index += utf8.count
        return value
    }

    private mutating func number() throws(SyntaxError) -> Double {
        let start = index
        let allowed = Set("+-0123456789.eE".utf8)
        while index < bytes.count, allowed.contains(bytes[index]) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let number = Double(text), text.first != "+", text.first != "." else {
            throw error("`\(text)` is not a number")
        }
        return number
    }

    private mutating func string() throws(SyntaxError) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
            run.removeAll()
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                scalars.append(try escape())
            case UInt8(ascii: "\n"):
                throw error("a string has a line break; JSON writes it as \\n")
            default:
                run.append(byte)
            }
        }
        throw error("a string is not closed")
    }

    private mutating func escape() throws(SyntaxError) -> Unicode.Scalar {
        guard index < bytes.count else { throw error("a string is not closed") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hex()
            if (0xD800..<0xDC00).contains(high), consumeLowSurrogatePrefix() {
                let low = try hex()
                if let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) { return scalar }
            }
            guard let scalar = Unicode.Scalar(high) else { throw error("`\\u` escapes a lone surrogate") }
            return scalar
        default: throw error("`\\\(Character(Unicode.Scalar(byte)))` is not a JSON escape")
        }
    }

    private mutating func consumeLowSurrogatePrefix() -> Bool {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
        else { return false }
        index += 2
        return true
    }

    private mutating func hex() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
        else { throw error("`\\u` needs four hex digits") }
        index += 4
        return value
    }
}
