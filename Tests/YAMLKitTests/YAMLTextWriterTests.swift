import Testing

@testable import YAMLKit

/// The scalar styles and layout rules of ``YAMLTextWriter``, each written on its own.
struct YAMLTextWriterTests {
    /// The text of `text` written in `style` after `key:`, as a mapping value at the root.
    static func value(_ text: String, style: YAMLScalarStyle) -> String {
        var writer = YAMLTextWriter(header: [])
        writer.writeIndent(0)
        writer.writePlain("key")
        writer.writeIndicator(":")
        writer.writeScalar(text, style: style, indent: 2)
        writer.writeIndent(0)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test(arguments: [
        ("plain", "key: plain\n"), ("", "key:\n"), ("a b", "key: a b\n"),
    ])
    func plain(_ text: String, _ expected: String) {
        #expect(Self.value(text, style: .plain) == expected)
    }

    @Test(arguments: [
        ("x", "key: 'x'\n"), ("", "key: ''\n"), ("it's", "key: 'it''s'\n"), ("''", "key: ''''''\n"),
        ("'a'", "key: '''a'''\n"), ("é 日本", "key: 'é 日本'\n"),
    ])
    func singleQuoted(_ text: String, _ expected: String) {
        #expect(Self.value(text, style: .singleQuoted) == expected)
    }

    @Test(arguments: [
        ("", #"key: """#), ("plain é", #"key: "plain é""#), ("\"", #"key: "\"""#), ("\\", #"key: "\\""#),
        ("\0\u{07}\u{08}\t\n\u{0B}\u{0C}\r\u{1B}", #"key: "\0\a\b\t\n\v\f\r\e""#),
        ("\u{85}\u{2028}\u{2029}", #"key: "\N\L\P""#),
        ("\u{01}\u{1F}\u{7F}\u{80}\u{9F}", #"key: "\x01\x1F\x7F\x80\x9F""#),
        ("\u{A0}\u{D7FF}\u{E000}\u{FFFD}", "key: \"\u{A0}\u{D7FF}\u{E000}\u{FFFD}\""),
        ("\u{FEFF}\u{FFFE}\u{FFFF}", #"key: "\uFEFF\uFFFE\uFFFF""#),
        ("🔥\u{10000}\u{10FFFF}", #"key: "\U0001F525\U00010000\U0010FFFF""#),
        ("a  b ", #"key: "a  b ""#),
    ])
    func doubleQuoted(_ text: String, _ expected: String) {
        #expect(Self.value(text, style: .doubleQuoted) == expected + "\n")
    }

    @Test(arguments: [
        ("a\nb", "key: |-\n  a\n  b\n"), ("a\nb\n", "key: |\n  a\n  b\n"), ("a\nb\n\n", "key: |+\n  a\n  b\n\n"),
        ("\n", "key: |2+\n\n"), ("\n\n", "key: |2+\n\n\n"), ("\na", "key: |2-\n\n  a\n"),
        (" a\nb\n", "key: |2\n   a\n  b\n"),
        ("a\n\n\nb", "key: |-\n  a\n\n\n  b\n"), ("  x\n    y", "key: |2-\n    x\n      y\n"),
    ])
    func literal(_ text: String, _ expected: String) {
        #expect(Self.value(text, style: .literal) == expected)
    }

    @Test func literalLinesFollowTheIndentation() {
        var writer = YAMLTextWriter(header: [])
        writer.writeIndent(4)
        writer.writeIndicator("-", needsWhitespace: true, isIndention: true)
        writer.writeScalar("a\nb", style: .literal, indent: 6)
        writer.writeIndent(4)
        writer.writeIndicator("-", needsWhitespace: true, isIndention: true)
        writer.writePlain("c")
        writer.writeIndent(0)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "    - |-\n      a\n      b\n    - c\n")
    }

    /// `writeIndent` stays on a line that holds only indentation and indicators short of the column, as
    /// after `- ` of a sequence in a sequence, and starts a new line after content.
    @Test func indentStaysOnALineOfIndicators() {
        var writer = YAMLTextWriter(header: [])
        writer.writeIndent(0)
        writer.writeIndicator("-", needsWhitespace: true, isIndention: true)
        writer.writeIndent(2)
        writer.writeIndicator("-", needsWhitespace: true, isIndention: true)
        writer.writePlain("a")
        writer.writeIndent(2)
        writer.writeIndicator("-", needsWhitespace: true, isIndention: true)
        writer.writeIndicator("[", needsWhitespace: true, isWhitespace: true)
        writer.writeIndicator("]")
        writer.writeIndent(0)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "- - a\n  - []\n")
    }

    @Test func headerLinesComeFirst() {
        var writer = YAMLTextWriter(header: ["# one", "# two"])
        writer.writeIndent(0)
        writer.writePlain("a")
        writer.writeIndent(0)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "# one\n# two\na\n")
    }
}
