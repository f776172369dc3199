import VigilModel

/// The README's record of how the stack departs from its source document: each ``ResolvedCorrection`` with
/// the document's query, the stack's and why, then the notes.
enum ReadmeCorrections {
    static func corrections(_ stack: ResolvedStack) -> [String] {
        guard !stack.corrections.isEmpty else { return [] }
        var lines = [
            "## Corrections to the source document",
            "",
            "Where the document's PromQL does not mean what it intends, the stack expresses the intent instead:",
        ]
        for (index, correction) in stack.corrections.enumerated() {
            lines += [
                "",
                "### \(index + 1). \(Markdown.text(correction.subject))",
                "",
                "The document:",
                "",
            ]
            lines += Markdown.codeBlock(correction.original, language: "promql")
            lines += ["", "The stack:", ""]
            lines += Markdown.codeBlock(correction.correctedText, language: "promql")
            lines += [
                "",
                "Why: \(correction.reason)",
                "",
                "Declared at \(Markdown.code("\(correction.location.packagePath):\(correction.location.line)")).",
            ]
        }
        return lines
    }

    static func notes(_ stack: ResolvedStack) -> [String] {
        guard !stack.notes.isEmpty else { return [] }
        let items = stack.notes.map { note in
            // A note of one line (most) is not split: walking its characters took most of the section's time.
            guard note.text.utf8.contains(UInt8(ascii: "\n")) else { return "- " + note.text }
            return "- " + note.text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
        }
        return ["## Notes", ""] + items
    }
}
