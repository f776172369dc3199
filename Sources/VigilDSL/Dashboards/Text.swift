/// Text in Markdown or HTML: Grafana's `text` panel, for notes, links and explanations beside the graphs.
///
/// ```swift
/// Text("About", "Runbooks: [autodealgenie](https://runbooks.example.com/autodealgenie)")
/// ```
public struct Text: DashboardPanel {
    /// The language of the content.
    public enum Mode: String, Hashable, Sendable {
        case markdown, html
    }

    /// The options of a text panel.
    public struct Options: Hashable, Sendable {
        /// The text.
        public var content: String
        /// Markdown or HTML.
        public var mode: Mode
    }

    public var panel: Panel

    /// A text panel showing `content`.
    public init(
        _ title: String, _ content: String, mode: Mode = .markdown,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        panel = Panel(
            .text(Options(content: content, mode: mode)), title, unit: nil, queries: [],
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
