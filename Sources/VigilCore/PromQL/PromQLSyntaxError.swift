/// Why a PromQL expression was rejected, and where.
///
/// Printed as `unexpected ")" at 1:14, expected an expression` or
/// `expected type range vector in call to function "rate", got instant vector at 1:6`.
public struct PromQLSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, without the position (`unexpected ")"`).
    public let message: String
    /// What would have been accepted at that point, if the parser knows (`an expression`).
    public let expected: String?
    /// The 1-based line inside the expression.
    public let line: Int
    /// The 1-based column inside the line, counted in characters.
    public let column: Int
    /// The 0-based offset inside the expression's UTF-8 bytes.
    public let utf8Offset: Int

    /// Creates an error at a position already resolved to line and column.
    public init(message: String, expected: String? = nil, line: Int, column: Int, utf8Offset: Int) {
        self.message = message
        self.expected = expected
        self.line = line
        self.column = column
        self.utf8Offset = utf8Offset
    }

    /// Creates an error at `utf8Offset` inside `source`, counting its line and column.
    init(_ message: String, expected: String? = nil, at utf8Offset: Int, in source: [UInt8]) {
        let offset = min(max(utf8Offset, 0), source.count)
        var lineStart = 0
        var line = 1
        for index in 0..<offset where source[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: source[lineStart..<offset], as: UTF8.self).count + 1
        self.init(message: message, expected: expected, line: line, column: column, utf8Offset: offset)
    }

    /// The message with the position and the expectation: `unexpected ")" at 1:14, expected an expression`.
    public var description: String {
        let position = "\(message) at \(line):\(column)"
        guard let expected else { return position }
        return position + ", expected " + expected
    }
}
