/// The pieces of GitHub-flavoured Markdown the stack README is written with, each escaped so that text from
/// the specs (help strings, PromQL, names) renders as written.
enum Markdown {
    /// Plain text with Markdown's active characters escaped, on one line. Pipes are left to ``cell(_:)``: outside
    /// a table they are plain text.
    static func text(_ text: String) -> String {
        let line = oneLine(text)
        guard line.utf8.contains(where: isTextSpecial) else { return line }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(line.utf8.count + 8)
        for byte in line.utf8 {
            if isTextSpecial(byte) {
                escaped.append(UInt8(ascii: "\\"))
            }
            escaped.append(byte)
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// `text` as an inline code span, on one line. The fence is one backtick longer than the longest run of
    /// backticks inside, and padded with spaces when the text starts or ends with one.
    static func code(_ text: String) -> String {
        let text = oneLine(text)
        let fence = String(repeating: "`", count: longestBacktickRun(in: text) + 1)
        let padding = text.hasPrefix("`") || text.hasSuffix("`") || text.allSatisfy { $0 == " " } ? " " : ""
        return fence + padding + text + padding + fence
    }

    /// A fenced code block in `language`, its fence longer than any run of backticks in `text`.
    static func codeBlock(_ text: String, language: String) -> [String] {
        let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: text) + 1))
        return [fence + language] + text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            + [fence]
    }

    /// The length of the longest run of backticks in `text`.
    static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var run = 0
        for byte in text.utf8 {
            run = byte == UInt8(ascii: "`") ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    /// A link to `url` labelled with the URL itself, or nothing for no URL.
    static func link(_ url: String?) -> String {
        guard let url, !url.isEmpty else { return "" }
        let target = oneLine(url).replacingOccurrences(of: " ", with: "%20")
            .replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
        return "<\(target)>"
    }

    /// The fragment GitHub gives a heading's link: lower case, punctuation other than `-` and `_` dropped,
    /// spaces turned into hyphens (`Reloading after \`make generate\`` is `reloading-after-make-generate`).
    static func anchor(_ heading: String) -> String {
        String(
            heading.lowercased().compactMap { character -> Character? in
                if character == " " { return "-" }
                return character.isLetter || character.isNumber || character == "-" || character == "_"
                    ? character : nil
            })
    }

    /// A table with a header row. Every cell's pipes are escaped (also inside code spans, where GitHub's table
    /// parser needs `\|` too), so that no cell splits into two.
    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        func row(_ cells: [String]) -> String {
            "| " + cells.map(cell).joined(separator: " | ") + " |"
        }
        return [row(header), "|" + String(repeating: "---|", count: header.count)] + rows.map(row)
    }

    /// One table cell: every pipe is escaped (GitHub unescapes `\|` before it reads the cell's inlines), and an
    /// empty cell stays empty.
    static func cell(_ content: String) -> String {
        let line = oneLine(content)
        return line.utf8.contains(UInt8(ascii: "|")) ? line.replacingOccurrences(of: "|", with: "\\|") : line
    }

    /// The text with every line break and tab replaced by a space: table rows and list items are one line.
    static func oneLine(_ text: String) -> String {
        // Most text is ASCII without line breaks or tabs: returned as it is, without walking its characters.
        guard text.utf8.contains(where: { $0 >= 0x80 || ($0 >= 0x09 && $0 <= 0x0D) }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// Whether ``text(_:)`` escapes the character of this UTF-8 byte (all such characters are ASCII): one of
    /// `` \`*_[]<>#!~& ``.
    private static func isTextSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "!"),
            UInt8(ascii: "~"), UInt8(ascii: "&"):
            true
        default: false
        }
    }
}
