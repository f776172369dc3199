/// A remark the stack's generated README carries under "Notes": how the stack reads its source document
/// where the document is ambiguous, what it leaves out and why, what an operator should know.
///
/// ```swift
/// Note("The document's `api` job is the `autodealgenie-backend` scrape job here.")
/// ```
///
/// The text is Markdown, rendered as one item of a list.
public struct Note: Sendable {
    /// The remark, in Markdown.
    public let text: String
    /// Where the note was written.
    public let location: SourceLocation

    /// A note for the stack's README.
    public init(
        _ text: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.text = text
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
