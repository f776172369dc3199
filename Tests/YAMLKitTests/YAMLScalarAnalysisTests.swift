import Testing

@testable import YAMLKit

/// The styles ``YAMLScalarAnalysis`` allows, and the upgrades it makes, for text at libyaml's edges.
struct YAMLScalarAnalysisTests {
    /// Text and the styles that can write it: plain, single-quoted, literal.
    @Test(arguments: [
        ("", true, true, false), ("a", true, true, true), ("a b", true, true, true), ("a:b", true, true, true),
        ("a#b", true, true, true), ("-a", true, true, true), ("?a", true, true, true), (":a", true, true, true),
        // indicators
        ("- a", false, true, true), ("-", false, true, true), ("? a", false, true, true), (": a", false, true, true),
        ("a: b", false, true, true), ("a:", false, true, true), ("a #b", false, true, true),
        ("a\t#b", false, false, false),
        ("#", false, true, true), ("&a", false, true, true), ("*a", false, true, true), ("!a", false, true, true),
        ("|", false, true, true), (">", false, true, true), ("'", false, true, true), ("\"", false, true, true),
        ("%", false, true, true), ("@", false, true, true), ("`", false, true, true), (",", false, true, true),
        ("[", false, true, true), ("]", false, true, true), ("{", false, true, true), ("}", false, true, true),
        ("---", false, true, true), ("...", false, true, true), ("--", true, true, true), ("..", true, true, true),
        // spaces at the ends
        (" a", false, true, true), ("a ", false, true, false), (" ", false, true, false),
        // line breaks
        ("a\nb", false, true, true), ("a\n", false, true, true), ("\na", false, true, true),
        ("a \nb", false, false, false),
        ("a\n b", false, false, true), ("a\u{2028}b", false, true, true), ("a\rb", false, false, false),
        ("a\u{85}b", false, false, false),
        // characters libyaml does not print
        ("a\tb", false, false, false), ("\u{0}", false, false, false), ("\u{7F}", false, false, false),
        ("\u{9F}", false, false, false), ("\u{FEFF}", false, false, false), ("\u{FFFE}", false, false, false),
        ("🔥", false, false, false), ("\u{A0}", true, true, true), ("\u{FFFD}", true, true, true),
        ("é日本", true, true, true),
    ])
    func allowedStyles(_ text: String, plain: Bool, singleQuoted: Bool, literal: Bool) {
        let analysis = YAMLScalarAnalysis(text)
        #expect(analysis.allowsPlain == plain)
        #expect(analysis.allowsSingleQuoted == singleQuoted)
        #expect(analysis.allowsLiteral == literal)
    }

    @Test func lineBreaks() {
        #expect(YAMLScalarAnalysis("a\nb").hasLineFeed)
        #expect(YAMLScalarAnalysis("a\nb").isMultiline)
        #expect(!YAMLScalarAnalysis("a\nb").hasUnicodeLineBreak)
        #expect(YAMLScalarAnalysis("a\rb").isMultiline)
        #expect(!YAMLScalarAnalysis("a\rb").hasLineFeed)
        for text in ["\u{85}", "a\u{2028}", "\u{2029}b"] {
            #expect(YAMLScalarAnalysis(text).hasUnicodeLineBreak)
            #expect(YAMLScalarAnalysis(text).isMultiline)
        }
        #expect(!YAMLScalarAnalysis("a\tb").isMultiline)
    }

    @Test(arguments: [
        ("a", YAMLScalarStyle.plain, false, YAMLScalarStyle.plain), ("- a", .plain, false, .singleQuoted),
        ("a\tb", .plain, false, .doubleQuoted), ("", .plain, false, .plain), ("", .plain, true, .singleQuoted),
        ("a\tb", .singleQuoted, false, .doubleQuoted), ("a\nb", .literal, false, .literal),
        ("a\nb", .literal, true, .doubleQuoted), ("a \nb", .literal, false, .doubleQuoted),
        ("a\nb ", .literal, false, .doubleQuoted), ("a\u{2028}b", .doubleQuoted, false, .doubleQuoted),
    ])
    func upgrades(_ text: String, requested: YAMLScalarStyle, isSimpleKey: Bool, written: YAMLScalarStyle) {
        #expect(YAMLScalarAnalysis(text).style(for: requested, isSimpleKey: isSimpleKey) == written)
    }
}
