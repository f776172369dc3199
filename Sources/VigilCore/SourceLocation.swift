/// Where a DSL value was written in a spec file.
///
/// Every DSL initialiser takes `#fileID`, `#filePath`, `#line` and `#column` as defaulted parameters and
/// keeps them here, so that a diagnostic can point at the spec line that caused it.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file as `Module/File.swift`.
    public let fileID: String
    /// The absolute path of the file on the machine that compiled the specs.
    public let filePath: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column.
    public let column: Int

    /// Creates a location; call sites normally let the defaults capture their own position.
    public init(fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column) {
        self.fileID = fileID
        self.filePath = filePath
        self.line = line
        self.column = column
    }

    /// `path:line:column`, with the absolute path.
    public var description: String { "\(filePath):\(line):\(column)" }

    /// Orders by file, then line, then column: the order a reader meets them in.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.filePath, lhs.line, lhs.column) < (rhs.filePath, rhs.line, rhs.column)
    }
}
