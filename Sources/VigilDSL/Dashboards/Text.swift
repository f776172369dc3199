/// Text in Markdown or HTML: Grafana's `text` panel, for notes, links and explanations beside the graphs.
///
/// ```swift
/// Text("About", "Runbooks: [autodealgenie](https://runbooks.example.com/autodealgenie)")
/// ```
public struct Text: DashboardPanel {
    /// The language of the content.
    public typealias Mode = TextOptions.Mode

    /// The options of a text panel.
    public typealias Options = TextOptions

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
