import Testing

@testable import VigilBackends
@testable import VigilModel

@Suite("Markdown escaping for the stack README")
struct MarkdownTests {
    @Test("a code span's fence is longer than the backticks inside, padded when they touch it")
    func codeSpan() {
        #expect(Markdown.code("up == 0") == "`up == 0`")
        #expect(Markdown.code("a `b` c") == "``a `b` c``")
        #expect(Markdown.code("`x``") == "``` `x`` ```")
        #expect(Markdown.code("two\nlines") == "`two lines`")
        #expect(Markdown.code("`") == "`` ` ``")
        #expect(Markdown.code("a`") == "`` a` ``")
        #expect(Markdown.code(" ") == "`   `")
        #expect(Markdown.code("") == "`  `")
        #expect(Markdown.code(" a ") == "` a `")
    }

    @Test("control characters from a spec become visible stand-ins; line breaks and tabs stay what they were")
    func controlCharacters() {
        #expect(Markdown.text("a\u{0}b\u{1B}[31mc\rd") == "a␀b␛\\[31mc d")
        #expect(Markdown.code("x\u{7F}\u{90}y") == "`x␡�y`")
        #expect(Markdown.codeBlock("up\u{0}\n\tdown", language: "promql") == ["```promql", "up␀", "\tdown", "```"])
        #expect(Markdown.text("plain text") == "plain text")
    }

    @Test("table cells escape every pipe, inside code spans too, and stay on one line")
    func cells() {
        let table = Markdown.table(
            ["query", "help"], [[Markdown.code(#"a{s=~"4..|5.."} or b"#), Markdown.text("one\nline | two")]])
        #expect(
            table == [
                "| query | help |",
                "|---|---|",
                #"| `a{s=~"4..\|5.."} or b` | one line \| two |"#,
            ])
        #expect(Markdown.row(["a", "", "b|c", "Café"]) == #"| a |  | b\|c | Café |"#)
        #expect(Markdown.row([]) == "|  |")
    }

    @Test("plain text escapes emphasis, links, HTML and code, and a literal backslash before a pipe survives")
    func text() {
        #expect(Markdown.text("*bold* _x_ [a](b) <br> `c`") == #"\*bold\* \_x\_ \[a\](b) \<br\> \`c\`"#)
        #expect(Markdown.cell(Markdown.text(#"a\|b"#)) == #"a\\\|b"#)
    }

    @Test("one line: tabs, CR LF, vertical tabs and Unicode line separators become one space each; other text is kept")
    func oneLine() {
        #expect(Markdown.oneLine("a\tb\r\nc\u{0B}d\u{2028}e\u{85}f") == "a b c d e f")
        #expect(Markdown.oneLine("Requests (µs) – ok") == "Requests (µs) – ok")
        #expect(Markdown.text("plain text 1.5") == "plain text 1.5")
        #expect(Markdown.cell("no pipes") == "no pipes")
        #expect(Markdown.text(#"é*\n"#) == #"é\*\\n"#)
        // Text with neither control characters nor line breaks is kept, whatever its other characters.
        #expect(Markdown.oneLine("14.4× over 1h – 5 µs, ½ … → ok") == "14.4× over 1h – 5 µs, ½ … → ok")
        #expect(Markdown.oneLine("a\u{85}b\u{2029}c\u{9F}d\u{7F}") == "a b c�d␡")
    }

    @Test("a code block's fence outgrows the backticks inside, and keeps the lines")
    func codeBlock() {
        #expect(Markdown.codeBlock("a\nb", language: "promql") == ["```promql", "a", "b", "```"])
        #expect(Markdown.codeBlock("x ```` y", language: "") == ["`````", "x ```` y", "`````"])
    }

    @Test("links are autolinks with spaces and angle brackets percent-encoded; no URL gives nothing")
    func links() {
        #expect(Markdown.link("https://runbooks.example.com/a b") == "<https://runbooks.example.com/a%20b>")
        #expect(Markdown.link(nil) == "")
        #expect(Markdown.link("https://example.com/run?a=1") == "<https://example.com/run?a=1>")
        #expect(Markdown.link("x <y>\tz") == "<x%20%3Cy%3E%20z>")
        #expect(Markdown.link("") == "")
    }

    @Test("anchors as GitHub makes them: lower case, punctuation but - and _ dropped, spaces to hyphens")
    func anchors() {
        #expect(Markdown.anchor("Reloading after `make generate`") == "reloading-after-make-generate")
        #expect(Markdown.anchor(#"Shop \| Overview (p95)"#) == "shop--overview-p95")
        #expect(Markdown.anchor("node_exporter-1") == "node_exporter-1")
        #expect(Markdown.anchor("A/B: C_d-1! [x](y) {z} 9") == "ab-c_d-1-xy-z-9")
        // Beyond ASCII, letters and digits are Unicode's, lowered as Unicode lowers them.
        #expect(Markdown.anchor("Café Überblick – ÅB½") == "café-überblick--åb½")
        #expect(Markdown.anchor("") == "")
    }
}
