import Testing
import YAMLKit

/// Random strings survive emitting and parsing unchanged, as values, sequence elements and keys.
struct RoundTripPropertyTests {
    /// Ranges of Unicode scalars to draw from; the ASCII range is listed twice to weigh it up.
    static let ranges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x20...0x7E,  // printable ASCII
        0x00...0x1F,  // C0 controls
        0x7F...0x9F,  // DEL and C1 controls
        0xA0...0xFF,  // Latin-1
        0x100...0x2FFF,  // other scripts, punctuation, symbols
        0x4E00...0x9FFF,  // CJK
        0xE000...0xF8FF,  // private use
        0x1F300...0x1FAFF,  // emoji
        0x10000...0x10FFFF,  // other planes
    ]

    /// Single characters that matter to YAML.
    static let specials: [Unicode.Scalar] = [
        "'", "\"", "\\", "#", ":", "-", "?", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "~",
        " ", " ", "\n", "\n", "\r", "\t", "\u{0}", "\u{85}", "\u{A0}", "\u{FEFF}", "\u{2028}", "\u{2029}",
        "\u{200B}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{1F525}", "日",
    ]

    /// Fragments that build strings close to YAML's edge cases (words, numbers, indicators).
    static let fragments: [String] = [
        "yes", "no", "on", "off", "y", "n", "true", "False", "null", "~", "0", "1", "7", "0x", "0o", "0b", "1f", ".",
        "5", "e", "E", "+", "-", "_", ",", ":", ": ", " #", "#", "{{", "}}", "{", "}", "[", "]", "'", "\"", " ",
        "\n", "\t", "inf", "nan", "<<", "=", "2024-01-15", "---", "...", "|", ">", "?", "*", "&", "!", "%", "@",
        "a", "s", "m", "/metrics", "http://", "\u{85}", "\u{2028}", "\u{FEFF}", "é",
    ]

    @Test func randomUnicodeStringsRoundTrip() throws {
        var random = SplitMix64(seed: 0x5EED_0001)
        for _ in 0..<2000 {
            try Self.checkRoundTrip(Self.randomString(&random))
        }
    }

    @Test func randomFragmentStringsRoundTrip() throws {
        var random = SplitMix64(seed: 0x5EED_0002)
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<(1 + random.next(below: 4)) {
                text += random.pick(Self.fragments)
            }
            try Self.checkRoundTrip(text)
        }
    }

    /// Whatever the emitter may write plain must resolve to the same string.
    @Test func unquotedStringsResolveToThemselves() {
        var random = SplitMix64(seed: 0x5EED_0003)
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<(1 + random.next(below: 3)) {
                text += random.pick(Self.fragments)
            }
            if !YAMLScalarResolver.requiresQuoting(text) {
                #expect(YAMLScalarResolver.resolve(plain: text) == .string(text), "\(Self.describe(text))")
            }
        }
    }

    static func randomString(_ random: inout SplitMix64) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<random.next(below: 25) {
            if random.next(below: 4) == 0 {
                scalars.append(random.pick(specials))
            } else if let scalar = Unicode.Scalar(random.next(in: random.pick(ranges))) {
                scalars.append(scalar)
            }
        }
        var text = String(scalars)
        if random.next(below: 8) == 0 { text = " " + text }
        if random.next(below: 8) == 0 { text += " " }
        return text
    }

    /// Emits `text` as a mapping value, a sequence element and a mapping key, parses each back and
    /// compares scalar by scalar.
    static func checkRoundTrip(_ text: String) throws {
        let documents: [YAMLNode] = [
            ["k": .string(text)],
            [.string(text)],
            .mapping(YAMLMapping([YAMLMapping.Entry(key: text, value: "v")])),
        ]
        for document in documents {
            let yaml = try YAMLEmitter().emit(document)
            let parsed = try YAMLParser().parse(yaml)
            let readBack: String? =
                switch parsed {
                case .mapping(let mapping) where document.mappingValue?.keys == ["k"]: mapping["k"]?.stringValue
                case .mapping(let mapping): mapping.keys.first
                case .sequence(let elements): elements.first?.stringValue
                default: nil
                }
            #expect(
                readBack.map { Array($0.unicodeScalars) } == Array(text.unicodeScalars),
                "\(describe(text)) emitted as:\n\(yaml)"
            )
        }
    }

    static func describe(_ text: String) -> String {
        text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
    }
}
