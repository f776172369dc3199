/// Writes a `JSONValue` as the text Foundation's `JSONEncoder` gives with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`: two-space indents, `"key" : value`, object keys in UTF-8 byte order, doubles as
/// Swift prints them without a trailing `.0`, empty containers as an opening and a closing line around a blank
/// one. It writes bytes directly; going through `Encodable` cost most of a dashboard's emission.
struct JSONText {
    /// The UTF-8 text written so far.
    private(set) var bytes: [UInt8] = []

    /// The text of `value`, without a trailing newline.
    static func render(_ value: JSONValue) throws -> String {
        var text = JSONText()
        try text.write(value, indent: 0)
        return String(decoding: text.bytes, as: UTF8.self)
    }

    /// Appends `value`, whose first line is already indented by `indent` spaces.
    mutating func write(_ value: JSONValue, indent: Int) throws {
        switch value {
        case .null: append("null")
        case .bool(let value): append(value ? "true" : "false")
        case .int(let value): append(String(value))
        case .double(let value): try write(value)
        case .string(let value): write(string: value)
        case .array(let elements):
            try writeContainer(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), elements, indent: indent) {
                text, element, indent in try text.write(element, indent: indent)
            }
        case .object(let members):
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            try writeContainer(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), keys, indent: indent) {
                text, key, indent in
                text.write(string: key)
                text.append(" : ")
                try text.write(members[key] ?? .null, indent: indent)
            }
        }
    }

    /// Appends a bracketed container: each item on its own line, one level deeper than `indent`.
    private mutating func writeContainer<Items: Collection>(
        open: UInt8, close: UInt8, _ items: Items, indent: Int,
        item writeItem: (inout JSONText, Items.Element, Int) throws -> Void
    ) throws {
        bytes.append(open)
        bytes.append(UInt8(ascii: "\n"))
        if items.isEmpty {
            bytes.append(UInt8(ascii: "\n"))
        } else {
            var first = true
            for item in items {
                if !first {
                    append(",\n")
                }
                first = false
                appendSpaces(indent + 2)
                try writeItem(&self, item, indent + 2)
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        appendSpaces(indent)
        bytes.append(close)
    }

    /// Appends a finite double; JSON has no infinities or NaN, so those throw as `JSONEncoder` does.
    private mutating func write(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: [], debugDescription: "\(value) is not valid in JSON"))
        }
        var text = value.description
        if text.hasSuffix(".0") {
            text.removeLast(2)
        }
        append(text)
    }

    /// Appends a quoted string: quotes, backslashes and control characters escaped, everything else as is.
    private mutating func write(string: String) {
        bytes.append(UInt8(ascii: "\""))
        if !string.utf8.contains(where: Self.needsEscape) {
            bytes.append(contentsOf: string.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0..<0x20:
                append("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether a byte of a string must be escaped.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func appendSpaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }
}
