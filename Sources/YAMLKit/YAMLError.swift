/// An error reading or writing YAML, with the position libyaml reported when it reported one.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in libyaml's words where the problem came from libyaml.
    public var message: String
    /// The 1-based line of the problem, when known.
    public var line: Int?
    /// The 1-based column of the problem, counted in Unicode scalars, when known.
    public var column: Int?

    /// Creates an error.
    public init(message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// `line:column: message` when the position is known, otherwise the message alone.
    public var description: String {
        guard let line, let column else { return message }
        return "\(line):\(column): \(message)"
    }
}
