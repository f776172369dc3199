import Foundation
import Testing

@testable import VigilCompiler

/// `JSONText` must write what `JSONEncoder` (pretty-printed, sorted keys, slashes unescaped) wrote before it,
/// byte for byte, so that generated dashboards did not change when it replaced the encoder.
@Suite struct JSONTextTests {
    /// `JSONEncoder`'s rendering of a JSON value, the reference.
    struct Reference: Encodable {
        var value: JSONValue

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            switch value {
            case .object(let object):
                var container = encoder.container(keyedBy: Key.self)
                for (key, member) in object.members {
                    try container.encode(Reference(value: member), forKey: Key(stringValue: key))
                }
            case .array(let elements):
                var container = encoder.unkeyedContainer()
                for element in elements {
                    try container.encode(Reference(value: element))
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

        func text() throws -> String {
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
    static var document: JSONValue {
        .object([
            "keys": .object(JSONObject(keys.enumerated().map { ($1, .int($0)) })),
            "doubles": .array(doubles.map(JSONValue.double)),
            "strings": .array(strings.map(JSONValue.string)),
            "scalars": [nil, true, false, .int(Int.min), .int(Int.max), 0],
            "empty": ["array": [], "object": .object([:]), "nested": [[], .object([:]), [[]]]],
        ])
    }

    @Test func matchesJSONEncoderByteForByte() throws {
        #expect(try JSONText.render(Self.document) == Reference(value: Self.document).text())
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
        let value = JSONValue.array(strings.map(JSONValue.string))
        #expect(try JSONText.render(value) == Reference(value: value).text())
    }

    @Test(arguments: [JSONValue.null, true, 7, 2.5, "text", [], .object([:]), [1, [2, .object(["k": "v"])]]])
    func matchesJSONEncoderForTopLevelValues(_ value: JSONValue) throws {
        #expect(try JSONText.render(value) == Reference(value: value).text())
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func rejectsNumbersJSONCannotHold(_ number: Double) {
        #expect(throws: EncodingError.self) { try JSONText.render(["threshold": .double(number)]) }
    }

    @Test func textEndsInANewline() throws {
        #expect(try JSONValue.array([1]).text() == "[\n  1\n]\n")
    }
}
