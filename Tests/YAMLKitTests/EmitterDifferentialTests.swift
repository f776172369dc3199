import Foundation
import Testing
import YAMLKit

/// ``YAMLEmitter`` writes exactly the text libyaml writes (``LibYAMLEmitter``, the oracle) for the
/// generated files of this repository, for strings at YAML's edges and for random strings and
/// documents, with every string as a root scalar, a mapping value, a sequence element and a key.
struct EmitterDifferentialTests {
    /// Strings at the edges of libyaml's style decisions, on top of the scalar and multi-line tables
    /// of the other suites.
    static let edgeCases: [String] = [
        // ends and line breaks
        "a ", " a", "  ", "a\n", "\n", "\n\n", "\n\n\n", " \n", "\n ", "a \nb", "a\n b", "a\n\n", "\n\na", "a\n\n\nb",
        "a\n ", " \na", "  a\nb", "\ta\nb", "a\tb\nc", "a\n\tb", "a\r\nb", "a\rb", "\r", "\r\n", "a\n\r",
        // separators next to line feeds
        "line\u{85}", "\u{85}\n", "a\u{2028}\nb", "\u{2029}", "x\n\u{FEFF}", "\u{FEFF}\n",
        // indicators at the start of lines of a block
        "- a\nb", "# x\ny", "a\n...\nb", "---\n", "...\n", "a\n---", "? x\n: y", "a: b\nc", "|\n>", "'\n'",
        "\"q\"\nx", "\\\n", "it's\nfine", "a #b\nc",
        // characters libyaml escapes
        "😀\n", "a\n😀", "é\nü", "\u{7F}\n", "\u{0}\n", "a\u{1B}b", "\u{E000}", "\u{FFFD}", "\u{D7FF}",
        "\u{FFFC}", "\u{10000}", "\u{10FFFF}",
        // indicators followed by white space or the end
        "-\t", "?\t", ":\t", "a:\tb", "a\t#b", "a:\u{0}", "-\n", "?\n", ":\n", "a:\nb", "a\n#b",
        // plain-looking text with characters outside the Basic Multilingual Plane
        "hello 🔥", "🔥", "x😀y", "日本😀",
        // long lines and keys near libyaml's simple-key limit of 128 bytes
        String(repeating: "k", count: 127), String(repeating: "k", count: 128), String(repeating: "k", count: 129),
        String(repeating: "k", count: 127) + "é", String(repeating: "word ", count: 60),
        String(repeating: "x", count: 200) + "\n" + String(repeating: "y", count: 200),
        String(repeating: "'", count: 130), String(repeating: "é", count: 65),
    ]

    /// Pieces of hostile strings: white space and line breaks of every kind, indicators, quotes,
    /// control and format characters, emoji, words that read as numbers, booleans or null.
    static let fragments: [String] = [
        "", " ", "  ", "\n", "\n\n", "\t", "\r", "\r\n", "#", " #", ":", ": ", "- ", "-", "?", "? ", "'", "\"", "\\",
        "\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}",
        "😀", "🔥", "é", "日本", "1", "0x1F", "1.5", "-1", "1e3", ".inf", "yes", "No", "true", "~", "null", "*", "&",
        "!", "|", ">", "%", "@", "`", "---", "...", "{", "}", "[", "]", ",", "a", "word", "{{ $value }}",
    ]

    @Test func generatedFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let generated = root.appending(path: "generated")
        guard FileManager.default.fileExists(atPath: generated.path) else {
            print("EmitterDifferentialTests.generatedFiles skipped: no generated/ folder at \(generated.path)")
            return
        }
        let files = try #require(FileManager.default.enumerator(at: generated, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter { ["yml", "yaml"].contains($0.pathExtension) }
        #expect(!files.isEmpty)
        for file in files {
            for document in try YAMLParser().parseDocuments(String(contentsOf: file, encoding: .utf8)) {
                try Self.expectSameText(document, header: ["# header"])
            }
        }
    }

    @Test(
        arguments: edgeCases + ScalarQuotingTests.mustQuote + ScalarQuotingTests.plain
            + DocumentRoundTripTests.multiLineTexts
    )
    func edgeCaseStrings(_ text: String) throws {
        for node in Self.placements(of: text) {
            try Self.expectSameText(node)
        }
    }

    @Test func randomFragmentStrings() throws {
        var random = SplitMix64(seed: 0x5EED_0101)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<random.next(below: 6) {
                text += random.pick(Self.fragments)
            }
            for node in Self.placements(of: text) {
                try Self.expectSameText(node)
            }
        }
    }

    @Test func randomUnicodeStrings() throws {
        var random = SplitMix64(seed: 0x5EED_0102)
        for _ in 0..<2000 {
            for node in Self.placements(of: RoundTripPropertyTests.randomString(&random)) {
                try Self.expectSameText(node)
            }
        }
    }

    @Test func randomDocuments() throws {
        var random = SplitMix64(seed: 0x5EED_0103)
        for _ in 0..<2000 {
            try Self.expectSameText(Self.randomNode(&random, depth: 4))
        }
    }

    /// `text` as a root scalar, a value and an element at several depths, and a key whose value is a
    /// scalar, a sequence, a mapping, an empty collection or null.
    static func placements(of text: String) -> [YAMLNode] {
        let string = YAMLNode.string(text)
        func keyed(_ value: YAMLNode) -> YAMLNode {
            .mapping(YAMLMapping([YAMLMapping.Entry(key: text, value: value)]))
        }
        return [
            string, ["k": string], [string], [[string]], ["a": ["b": [string, string]]],
            [["k": string, "l": [string]]],
            keyed("v"), keyed(string), keyed([string, 1]), keyed(["x": string]), keyed([]), keyed([:]), keyed(nil),
            [keyed([string])], ["a": keyed(["b": [string]])], [keyed(keyed(string))],
            .mapping(
                YAMLMapping([
                    YAMLMapping.Entry(key: text, value: string),
                    YAMLMapping.Entry(key: text + "2", value: [keyed(string), [string]]),
                ])
            ),
        ]
    }

    /// A random document: scalars of every type and collections (empty ones included) nested up to
    /// `depth` levels, with strings from ``fragments``.
    static func randomNode(_ random: inout SplitMix64, depth: Int) -> YAMLNode {
        switch random.next(below: depth > 0 ? 10 : 6) {
        case 0:
            return .int(random.pick([0, 1, -1, 8080, .max, .min]))
        case 1:
            return .float(random.pick([0.5, -0.0, 1e-5, 1e16, .infinity, -.infinity, .nan, .pi]))
        case 2:
            return .bool(random.next(below: 2) == 0)
        case 3:
            return .null
        case 4, 5:
            return .string(randomFragmentString(&random))
        case 6, 7:
            return .sequence((0..<random.next(below: 4)).map { _ in randomNode(&random, depth: depth - 1) })
        default:
            var mapping = YAMLMapping()
            for _ in 0..<random.next(below: 4) {
                let key = randomFragmentString(&random)
                if mapping[key] == nil {
                    mapping.append(key, randomNode(&random, depth: depth - 1))
                }
            }
            return .mapping(mapping)
        }
    }

    /// Up to five of ``fragments`` joined.
    static func randomFragmentString(_ random: inout SplitMix64) -> String {
        (0..<random.next(below: 6)).map { _ in random.pick(fragments) }.joined()
    }

    /// Emits `node` with both emitters and expects the same text.
    static func expectSameText(_ node: YAMLNode, header: [String] = []) throws {
        let expected = try LibYAMLEmitter().emit(node, header: header)
        let actual = try YAMLEmitter().emit(node, header: header)
        #expect(actual == expected, "\(node)\nlibyaml:\n\(expected)\nYAMLEmitter:\n\(actual)")
    }
}
