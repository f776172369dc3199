/// A region of an examples file between `// guide:begin <name>` and `// guide:end`: one example of the guide.
struct ExampleRegion: Sendable {
    /// The name after `guide:begin`.
    let name: String
    /// The line of the `guide:begin` marker.
    let line: Int
    /// The code between the markers.
    let code: CodeText

    static let begin = "// guide:begin "
    static let end = "// guide:end"

    /// The regions of `source`, in order, or a description of the first unbalanced marker.
    static func regions(in source: String) throws(MarkerError) -> [ExampleRegion] {
        var regions: [ExampleRegion] = []
        var open: (name: String, line: Int, lines: [Substring])?
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix(begin) {
                if let open { throw MarkerError(line: index + 1, message: "region '\(open.name)' is not ended") }
                open = (String(trimmed.dropFirst(begin.count)), index + 1, [])
            } else if trimmed == end {
                guard let region = open else { throw MarkerError(line: index + 1, message: "no region to end") }
                regions.append(ExampleRegion(name: region.name, line: region.line, code: CodeText(region.lines)))
                open = nil
            } else if open != nil {
                open?.lines.append(line)
            }
        }
        if let open { throw MarkerError(line: open.line, message: "region '\(open.name)' is not ended") }
        return regions
    }

    /// A marker without its partner.
    struct MarkerError: Error, CustomStringConvertible {
        let line: Int
        let message: String
        var description: String { "line \(line): \(message)" }
    }
}
