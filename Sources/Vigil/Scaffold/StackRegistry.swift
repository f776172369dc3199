/// The list of stacks in `specs/main.swift`: `VigilCLI.main(stacks: [...])`, one `<Name>.stack,` a line.
struct StackRegistry {
    /// The text of `specs/main.swift`.
    var text: String

    /// The lines of the list, each an enum's `stack` with a trailing comma.
    private var entryLines: [(index: Int, name: Substring)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let entry = line.drop { $0 == " " }
            guard entry.hasSuffix(".stack,") else { return nil }
            let name = entry.dropLast(".stack,".count)
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
            return (index, name)
        }
    }

    /// The enums whose stacks the list holds.
    var registered: [String] { entryLines.map { String($0.name) } }

    /// The text with `<name>.stack,` added after the list's last entry, indented like it; `nil` when the file
    /// has no entry on a line of its own to add it after.
    func adding(_ name: String) -> String? {
        guard let last = entryLines.last else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indentation = lines[last.index].prefix { $0 == " " }
        lines.insert("\(indentation)\(name).stack,", at: last.index + 1)
        return lines.joined(separator: "\n")
    }
}
