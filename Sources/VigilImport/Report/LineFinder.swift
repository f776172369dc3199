/// Finds the lines of an input's YAML keys. The YAML parser keeps no positions on its nodes, so places are
/// found in the text: the first line at or after a starting line where a key is written with a given value
/// (`alert: HighLoad`, `- name: host`, `"name": "host"`), which is how rule files and Alertmanager configurations
/// are laid out.
struct LineFinder: Sendable {
    /// The text's lines, without their ends.
    let lines: [Substring]

    /// The finder of `text`.
    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line, at or after `start`, whose content is `key: value` (after an optional `- `, with the
    /// value optionally quoted); `nil` when there is none.
    func line(ofKey key: String, value: String, from start: Int = 1) -> Int? {
        let keys = [key, "\"\(key)\""]
        let forms = keys.flatMap { key in [value, "\"\(value)\"", "'\(value)'"].map { "\(key): \($0)" } }
        return line(from: start) { content in forms.contains { content == $0 || content.hasPrefix($0 + " #") } }
    }

    /// The 1-based line, at or after `start`, whose content starts with `key:`.
    func line(ofKey key: String, from start: Int = 1) -> Int? {
        line(from: start) { $0.hasPrefix("\(key):") || $0.hasPrefix("\"\(key)\":") }
    }

    private func line(from start: Int, where matches: (Substring) -> Bool) -> Int? {
        guard start >= 1, start <= lines.count else { return nil }
        for index in (start - 1)..<lines.count {
            var content = lines[index].drop { $0 == " " }
            if content.hasPrefix("- ") { content = content.dropFirst(2).drop { $0 == " " } }
            if matches(content) { return index + 1 }
        }
        return nil
    }
}
