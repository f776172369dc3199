import VigilModel

/// Writes a JSON document as it goes, without building it as a value first: emitters open objects and arrays
/// and write members and values into them, and the writer puts commas, line breaks and indents where
/// `JSONEncoder` (pretty-printed, sorted keys, slashes unescaped) puts them. `JSONText` writes the bytes.
///
/// Emitters write each object's members in the UTF-8 byte order of their keys, the order `JSONEncoder` sorts
/// them in; a member whose value may be missing is written, or left out, at its place in that order. The writer
/// checks each key against the one before it in the same object and throws `KeyOrderError` when it does not
/// sort after it, so that a mistake in an emitter fails instead of changing the output.
///
/// A value written into an object needs a key, and a key needs exactly one value: writing otherwise is a
/// programming error, which stops the program.
struct JSONWriter: ~Copyable {
    /// The text written so far.
    private var text = JSONText()
    /// The indent of the open container's items: two spaces per container.
    private var indent = 0
    /// How many items the open container holds so far.
    private var items = 0
    /// Whether the open container is an object, whose items are members.
    private var inObject = false
    /// The key of the open object's last member, which the next key must sort after.
    private var lastKey: JSONKey = ""
    /// Whether the next value goes on the current line without starting an item of its own: the value of a
    /// key just written, or the document itself.
    private var valueExpected = true

    private init() {}

    /// The text of the JSON document `body` writes, ending in a newline.
    static func text(_ body: (inout JSONWriter) throws -> Void) throws -> String {
        try document(body).text.string
    }

    /// The UTF-8 bytes of the JSON document `body` writes, ending in a newline: what a file holds.
    static func bytes(_ body: (inout JSONWriter) throws -> Void) throws -> [UInt8] {
        try document(body).text.bytes
    }

    /// A writer that holds the whole document `body` writes, ending in a newline.
    private static func document(_ body: (inout JSONWriter) throws -> Void) throws -> JSONWriter {
        var writer = JSONWriter()
        try body(&writer)
        precondition(!writer.valueExpected, "no JSON value was written")
        writer.text.append(UInt8(ascii: "\n"))
        return writer
    }

    /// Writes an object whose members `body` writes.
    mutating func object(_ body: (inout JSONWriter) throws -> Void) throws {
        try container(opening: UInt8(ascii: "{"), closing: UInt8(ascii: "}"), isObject: true, body)
    }

    /// Writes an array whose elements `body` writes.
    mutating func array(_ body: (inout JSONWriter) throws -> Void) throws {
        try container(opening: UInt8(ascii: "["), closing: UInt8(ascii: "]"), isObject: false, body)
    }

    /// Writes a string, a number or a Boolean.
    mutating func value(_ value: some JSONScalar) throws {
        startValue()
        try value.write(to: &text)
    }

    /// Writes `value`, or `null` when it is `nil`.
    mutating func value(orNull value: (some JSONScalar)?) throws {
        if let value {
            try self.value(value)
        } else {
            null()
        }
    }

    /// Writes `null`.
    mutating func null() {
        startValue()
        text.append("null")
    }

    /// Writes a member of the open object, whose one value `body` writes.
    mutating func member(_ key: JSONKey, _ body: (inout JSONWriter) throws -> Void) throws {
        try write(key: key)
        try body(&self)
        precondition(!valueExpected, "no value was written for the JSON key \"\(key)\"")
    }

    /// Writes a member of the open object whose value is a string, a number or a Boolean.
    mutating func member(_ key: JSONKey, _ value: some JSONScalar) throws {
        try write(key: key)
        try self.value(value)
    }

    /// Writes a member of the open object when `value` is present; leaves the key out when it is `nil`.
    mutating func member(_ key: JSONKey, ifPresent value: (some JSONScalar)?) throws {
        if let value {
            try member(key, value)
        }
    }

    /// Writes a member of the open object whose value is an array of strings, numbers or Booleans.
    mutating func member<Scalar: JSONScalar>(_ key: JSONKey, _ values: [Scalar]) throws {
        try array(key) { json in
            for value in values {
                try json.value(value)
            }
        }
    }

    /// Writes a member of the open object whose value is an object, whose members `body` writes.
    mutating func object(_ key: JSONKey, _ body: (inout JSONWriter) throws -> Void) throws {
        try write(key: key)
        try object(body)
    }

    /// Writes a member of the open object whose value is an array, whose elements `body` writes.
    mutating func array(_ key: JSONKey, _ body: (inout JSONWriter) throws -> Void) throws {
        try write(key: key)
        try array(body)
    }

    /// A member's key that does not sort after the key of the member written before it in the same object.
    struct KeyOrderError: Error, CustomStringConvertible {
        /// The key written before.
        var previous: String
        /// The key out of order.
        var key: String

        var description: String {
            "JSON key \"\(key)\" written after \"\(previous)\": an object's members must be written in the UTF-8 "
                + "byte order of their keys"
        }
    }

    /// Writes a container's brackets around the items `body` writes, one indent deeper; an empty container
    /// holds a blank line.
    private mutating func container(
        opening: UInt8, closing: UInt8, isObject: Bool, _ body: (inout JSONWriter) throws -> Void
    ) throws {
        startValue()
        text.append(opening)
        let outer = (items: items, inObject: inObject, lastKey: lastKey)
        items = 0
        inObject = isObject
        indent += 2
        try body(&self)
        indent -= 2
        if items == 0 {
            text.append(UInt8(ascii: "\n"))
        }
        text.appendLine(indent: indent)
        text.append(closing)
        (items, inObject, lastKey) = outer
    }

    /// Starts a value: on the current line after a key, or as the open array's next element.
    @inline(__always)
    private mutating func startValue() {
        if valueExpected {
            valueExpected = false
            return
        }
        precondition(!inObject, "a value in a JSON object needs a key")
        startItem()
    }

    /// Starts the open container's next item on a line of its own: a comma ends the line of the item before it.
    @inline(__always)
    private mutating func startItem() {
        if items > 0 {
            text.append(UInt8(ascii: ","))
        }
        items += 1
        text.appendLine(indent: indent)
    }

    /// Starts a member of the open object: its key, checked against the one before it, and the separator.
    private mutating func write(key: JSONKey) throws {
        precondition(inObject && !valueExpected, "the JSON key \"\(key)\" is not in an object or follows a key")
        if items > 0, !lastKey.precedes(key) {
            throw KeyOrderError(previous: lastKey.description, key: key.description)
        }
        startItem()
        switch key {
        case .literal(let literal):
            literal.withUTF8Buffer { utf8 in text.write(literalKey: utf8) }
        case .text:
            key.withUTF8 { utf8 in text.write(key: utf8) }
        }
        lastKey = key
        valueExpected = true
    }
}
