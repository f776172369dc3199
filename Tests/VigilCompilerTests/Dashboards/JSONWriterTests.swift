import Foundation
import Testing

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// `JSONWriter` must write what `JSONEncoder` (pretty-printed, sorted keys, slashes unescaped) wrote before it,
/// byte for byte, so that generated dashboards did not change when it replaced the encoder; and it must refuse
/// members written out of key order, which would change the output.
@Suite struct JSONWriterTests {
    /// A JSON document built as a value, written both through `JSONWriter` (an object's members sorted by the
    /// UTF-8 bytes of their keys) and through `JSONEncoder`, the reference.
    indirect enum Sample: Encodable, Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case array([Sample])
        case object([(String, Sample)])

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .object(let members):
                var container = encoder.container(keyedBy: Key.self)
                for (key, member) in members {
                    try container.encode(member, forKey: Key(stringValue: key))
                }
            case .array(let elements):
                var container = encoder.unkeyedContainer()
                for element in elements {
                    try container.encode(element)
                }
            case .null:
                var container = encoder.singleValueContainer()
                try container.encodeNil()
            case .bool(let flag):
                var container = encoder.singleValueContainer()
                try container.encode(flag)
            case .int(let number):
                var container = encoder.singleValueContainer()
                try container.encode(number)
            case .double(let number):
                var container = encoder.singleValueContainer()
                try container.encode(number)
            case .string(let text):
                var container = encoder.singleValueContainer()
                try container.encode(text)
            }
        }

        /// Writes the value through `JSONWriter`.
        func write(to json: inout JSONWriter) throws {
            switch self {
            case .null: json.null()
            case .bool(let flag): try json.value(flag)
            case .int(let number): try json.value(number)
            case .double(let number): try json.value(number)
            case .string(let text): try json.value(text)
            case .array(let elements):
                try json.array { json in
                    for element in elements {
                        try element.write(to: &json)
                    }
                }
            case .object(let members):
                try json.object { json in
                    for (key, member) in members.sorted(by: { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }) {
                        try json.member(.text(key)) { json in try member.write(to: &json) }
                    }
                }
            }
        }

        /// The text `JSONWriter` writes, without its final newline, as `JSONEncoder` leaves it out.
        func written() throws -> String {
            let text = try JSONWriter.text { json in try write(to: &json) }
            #expect(text.hasSuffix("\n"))
            return String(text.dropLast())
        }

        /// The text `JSONEncoder` writes.
        func encoded() throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        }
    }

    static let keys = [
        "b", "B", "a_", "aB", "ab", "a10", "a9", "A", "_x", "z", "Z1", "a", "ä", "é", "a-b", "a.b", "10", "9", "09", "",
        "$", "~", "fieldConfig", "fill", "fillOpacity",
    ]

    static let doubles = [
        0.1, 1, 100, 1e-7, 1e21, 1e16, 1e15, 123_456_789_012_345_680, 0.95, 3.14159, -0.0, 2.5e-5, 12345.678,
        .leastNonzeroMagnitude,
        -1.5, Double.greatestFiniteMagnitude,
    ]

    static let strings = [
        "", "plain", "q\"uote", "back\\slash", "a/b", "line\nfeed", "tab\t", "cr\r", "\u{1}\u{1f}\u{7f}", "\u{8}\u{c}",
        "é😀\u{2028}", "{{ $value | humanize }}",
    ]

    /// A document that nests every kind of value, including empty containers; `keys` are not in their order.
    static var document: Sample {
        .object([
            ("keys", .object(keys.enumerated().map { ($1, .int($0)) })),
            ("doubles", .array(doubles.map(Sample.double))),
            ("strings", .array(strings.map(Sample.string))),
            ("scalars", .array([.null, .bool(true), .bool(false), .int(Int.min), .int(Int.max), .int(0)])),
            (
                "empty",
                .object([
                    ("array", .array([])), ("object", .object([])),
                    ("nested", .array([.array([]), .object([]), .array([.array([])])])),
                ])
            ),
        ])
    }

    @Test func matchesJSONEncoderByteForByte() throws {
        #expect(try Self.document.written() == Self.document.encoded())
    }

    /// Strings of up to 20 bytes with a character to escape at each place, or none, around the 8-byte groups
    /// that `JSONText` checks at once.
    @Test(arguments: ["\"", "\\", "\n", "\u{1}", "\u{1f}", "é", "a"])
    func escapesAtEveryPlace(_ special: String) throws {
        let strings = (0...20).flatMap { length in
            (0..<max(length, 1)).map { place in
                String(repeating: "x", count: place) + special
                    + String(repeating: "~", count: max(length - place - 1, 0))
            }
        }
        let value = Sample.array(strings.map(Sample.string))
        #expect(try value.written() == value.encoded())
    }

    @Test(arguments: [
        Sample.null, .bool(true), .int(7), .double(2.5), .string("text"), .array([]), .object([]),
        .array([.int(1), .array([.int(2), .object([("k", .string("v"))])])]),
    ])
    func matchesJSONEncoderForTopLevelValues(_ value: Sample) throws {
        #expect(try value.written() == value.encoded())
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func rejectsNumbersJSONCannotHold(_ number: Double) {
        #expect(throws: EncodingError.self) {
            try JSONWriter.text { json in try json.object { json in try json.member("threshold", number) } }
        }
    }

    @Test func documentEndsInANewlineAsTextAndAsBytes() throws {
        #expect(try JSONWriter.text { json in try json.array { json in try json.value(1) } } == "[\n  1\n]\n")
        let document: (inout JSONWriter) throws -> Void = { json in
            try json.object { json in try json.member("title", "Ünïcode \"quoted\" ✓") }
        }
        #expect(try JSONWriter.bytes(document) == Array(try JSONWriter.text(document).utf8))
    }

    @Test func keysCompareByTheirUTF8Bytes() {
        let ordered = ["", "10", "9", "B", "a", "aB", "a_", "b", "ä"]
        for (left, right) in zip(ordered, ordered.dropFirst()) {
            #expect(JSONKey.text(left).precedes(.text(right)))
            #expect(!JSONKey.text(right).precedes(.text(left)))
        }
        #expect(!JSONKey.text("a").precedes("a"))
        #expect(JSONKey.literal("a").precedes(.text("ab")))
        #expect(!JSONKey.literal("é").precedes("z"), "a one-character literal is compared by its UTF-8 bytes too")
    }

    @Test func leavesOutAMissingMemberAtItsPlace() throws {
        let text = try JSONWriter.text { json in
            try json.object { json in
                try json.member("a", ifPresent: 1 as Int?)
                try json.member("b", ifPresent: nil as String?)
                try json.member("c", ifPresent: "x")
            }
        }
        #expect(text == "{\n  \"a\" : 1,\n  \"c\" : \"x\"\n}\n")
    }

    /// Each object checks its own keys: a nested object's keys neither constrain nor are constrained by its
    /// parent's.
    @Test func checksKeysPerObject() throws {
        let text = try JSONWriter.text { json in
            try json.object { json in
                try json.object("m") { json in
                    try json.member("z", 1)
                }
                try json.object("n") { json in
                    try json.member("a", 2)
                }
            }
        }
        #expect(text == "{\n  \"m\" : {\n    \"z\" : 1\n  },\n  \"n\" : {\n    \"a\" : 2\n  }\n}\n")
    }

    @Test(arguments: [("b", "a"), ("a", "a"), ("aB", "B"), ("ä", "b")])
    func rejectsAKeyOutOfOrder(_ previous: String, _ key: String) {
        let error = #expect(throws: JSONWriter.KeyOrderError.self) {
            try JSONWriter.text { json in
                try json.object { json in
                    try json.object(.text(previous)) { json in try json.member("z", true) }
                    try json.member(.text(key), 1)
                }
            }
        }
        #expect(error?.previous == previous)
        #expect(error?.key == key)
    }
}
