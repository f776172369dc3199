import VigilModel

/// The pieces of GitHub-flavoured Markdown the stack README is written with, each escaped so that text from
/// the specs (help strings, PromQL, names) renders as written.
enum Markdown {
    /// Plain text with Markdown's active characters escaped, on one line. Pipes are left to ``cell(_:)``: outside
    /// a table they are plain text.
    static func text(_ text: String) -> String {
        let line = oneLine(text)
        guard line.containsUTF8Byte(where: isTextSpecial) else { return line }
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
        let backticks = longestBacktickRun(in: text)
        // Text without backticks (most code) neither starts nor ends with one.
        let touchesFence = backticks > 0 && (text.hasPrefix("`") || text.hasSuffix("`"))
        let padding = touchesFence || text.utf8.allSatisfy { $0 == UInt8(ascii: " ") } ? " " : ""
        let fence = backticks == 0 ? "`" : String(repeating: "`", count: backticks + 1)
        // One interpolation: concatenating the five pieces took half again as long.
        return "\(fence)\(padding)\(text)\(padding)\(fence)"
    }

    /// A fenced code block in `language`, its fence longer than any run of backticks in `text`.
    static func codeBlock(_ text: String, language: String) -> [String] {
        let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: text) + 1))
        return [fence + language]
            + visible(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [fence]
    }

    /// The length of the longest run of backticks in `text`.
    static func longestBacktickRun(in text: String) -> Int {
        guard text.containsUTF8Byte(where: { $0 == UInt8(ascii: "`") }) else { return 0 }
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
        let line = oneLine(url)
        guard
            line.containsUTF8Byte(where: {
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            })
        else { return "<\(line)>" }
        let target = line.replacingOccurrences(of: " ", with: "%20")
            .replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
        return "<\(target)>"
    }

    /// The fragment GitHub gives a heading's link: lower case, punctuation other than `-` and `_` dropped,
    /// spaces turned into hyphens (`Reloading after \`make generate\`` is `reloading-after-make-generate`).
    static func anchor(_ heading: String) -> String {
        guard heading.containsUTF8Byte(where: { $0 >= 0x80 }) else { return asciiAnchor(heading) }
        return String(
            heading.lowercased().compactMap { character -> Character? in
                if character == " " { return "-" }
                return character.isLetter || character.isNumber || character == "-" || character == "_"
                    ? character : nil
            })
    }

    /// ``anchor(_:)`` of an ASCII heading, byte by byte: its letters and digits are the ASCII ones.
    private static func asciiAnchor(_ heading: String) -> String {
        var fragment: [UInt8] = []
        fragment.reserveCapacity(heading.utf8.count)
        for byte in heading.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): fragment.append(byte - UInt8(ascii: "A") + UInt8(ascii: "a"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
                UInt8(ascii: "_"):
                fragment.append(byte)
            case UInt8(ascii: " "): fragment.append(UInt8(ascii: "-"))
            default: break
            }
        }
        return String(decoding: fragment, as: UTF8.self)
    }

    /// A table with a header row. Every cell's pipes are escaped (also inside code spans, where GitHub's table
    /// parser needs `\|` too), so that no cell splits into two.
    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        [row(header), "|" + String(repeating: "---|", count: header.count)] + rows.map(row)
    }

    /// A table row: `| a | b |`, each cell escaped (``cell(_:)``). Its UTF-8 is gathered in one buffer, which took
    /// half the time of joining the cells as strings.
    static func row(_ cells: [String]) -> String {
        var row: [UInt8] = []
        row.reserveCapacity(cells.reduce(4) { $0 + $1.utf8.count + 3 })
        row.appendUTF8(of: "| ")
        for (index, content) in cells.enumerated() {
            if index > 0 {
                row.appendUTF8(of: " | ")
            }
            row.appendUTF8(of: cell(content))
        }
        row.appendUTF8(of: " |")
        return String(decoding: row, as: UTF8.self)
    }

    /// One table cell: every pipe is escaped (GitHub unescapes `\|` before it reads the cell's inlines), and an
    /// empty cell stays empty.
    static func cell(_ content: String) -> String {
        let line = oneLine(content)
        return line.containsUTF8Byte(where: { $0 == UInt8(ascii: "|") })
            ? line.replacingOccurrences(of: "|", with: "\\|") : line
    }

    /// The text with every line break and tab replaced by a space, since table rows and list items are one line,
    /// and other control characters made visible (``visible(_:)``).
    static func oneLine(_ text: String) -> String {
        // Most text has none of the characters this changes, and is returned as it is, without walking its
        // characters: it has no byte below 0x20, no DEL (0x7F), and neither 0xC2, the first byte of the C1 controls
        // and of U+0085 (next line), nor 0xE2, the first byte of U+2028 and U+2029 (line and paragraph separator).
        guard text.containsUTF8Byte(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else {
            return text
        }
        return visible(String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }))
    }

    /// The text with its control characters other than line feeds and tabs (NUL, escape, carriage return, the
    /// C1 controls, ...) replaced by visible stand-ins, so that a string from a spec cannot hide text or put raw
    /// control bytes into the README: the control pictures `␀`...`␟` and `␡`, and `�` for the C1 controls.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isHidden(scalar) else {
                scalars.append(scalar)
                continue
            }
            let picture: UInt32 =
                switch scalar.value {
                case 0x00...0x1F: 0x2400 + scalar.value
                case 0x7F: 0x2421
                default: 0xFFFD
                }
            scalars.append(Unicode.Scalar(picture) ?? "?")
        }
        return String(scalars)
    }

    /// A control character other than a line feed or a tab.
    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
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
