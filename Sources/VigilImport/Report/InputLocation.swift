import VigilCore

/// A place in an imported file: the file as it was named on the command line and a 1-based line, when known.
public struct InputLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file, as given.
    public var file: String
    /// The 1-based line; `nil` when the place could not be found in the text.
    public var line: Int?

    /// A place in `file`.
    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    /// The input place a model value records: its `fileID` is the input file, its line the input line (0 when
    /// the line was not found).
    init(_ location: SourceLocation) {
        self.init(file: location.fileID, line: location.line == 0 ? nil : location.line)
    }

    /// `file:line`, or the file alone.
    public var description: String { line.map { "\(file):\($0)" } ?? file }

    /// Orders by file, then line.
    public static func < (lhs: InputLocation, rhs: InputLocation) -> Bool {
        (lhs.file, lhs.line ?? 0) < (rhs.file, rhs.line ?? 0)
    }
}
