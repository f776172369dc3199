/// A fenced code block of a Markdown page: ```` ```swift ```` ... ```` ``` ````.
struct FencedBlock: Sendable {
    /// The language after the opening fence (`swift`, `sh`), empty when none is given.
    let language: String
    /// The line of the opening fence.
    let line: Int
    /// The code between the fences.
    let code: CodeText

    /// The fenced blocks of `markdown`, in order.
    static func blocks(in markdown: String) -> [FencedBlock] {
        var blocks: [FencedBlock] = []
        var open: (language: String, line: Int, lines: [Substring])?
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") {
                if let block = open {
                    blocks.append(FencedBlock(language: block.language, line: block.line, code: CodeText(block.lines)))
                    open = nil
                } else {
                    open = (String(trimmed.dropFirst(3)).trimmingSpaces, index + 1, [])
                }
            } else if open != nil {
                open?.lines.append(line)
            }
        }
        return blocks
    }
}

extension String {
    /// The string without spaces at either end.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
