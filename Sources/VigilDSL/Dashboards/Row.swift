/// A titled group of panels across the dashboard's width, which the reader can fold away.
///
/// ```swift
/// Row("Database", collapsed: true) {
///     TimeSeries("Connections") { PostgresExporterMetrics.backends }
/// }
/// ```
public struct Row: Sendable {
    /// The title.
    public let title: String
    /// Whether the row starts folded, its panels hidden (and not queried) until opened.
    public let collapsed: Bool
    /// The panels, in order: laid out left to right, then top to bottom.
    public let panels: [Panel]
    /// Where the row was declared.
    public let location: SourceLocation

    /// A row of panels.
    public init(
        _ title: String, collapsed: Bool = false,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<Panel> panels: () -> [Panel]
    ) {
        self.title = title
        self.collapsed = collapsed
        self.panels = panels()
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
