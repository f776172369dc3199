import VigilModel

/// Text inside a Mermaid diagram, as the README's flowchart writes it.
enum Mermaid {
    /// `text` for a quoted node or edge label (`id["..."]`): every character Mermaid or the HTML it renders
    /// would read specially becomes a numeric entity code (`#34;` for `"`), and line breaks become spaces.
    /// Join escaped lines with `<br>` to break a label.
    static func label(_ text: String) -> String {
        var escaped = ""
        for character in Markdown.oneLine(text) {
            if let code = entityCodes[character] {
                escaped += "#\(code);"
            } else {
                escaped.append(character)
            }
        }
        return escaped
    }

    /// The characters written as entity codes, with their code points.
    static let entityCodes: [Character: Int] = [
        "\"": 34, "#": 35, "&": 38, "<": 60, ">": 62, "`": 96, "|": 124, "{": 123, "}": 125, "[": 91, "]": 93,
    ]
}
