/// Input the importer cannot read: invalid YAML, invalid PromQL, a field it does not know. Nothing is written
/// when one is thrown.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where.
    public var location: InputLocation
    /// What is wrong.
    public var message: String
    /// How to fix it, when there is an obvious way.
    public var hint: String?

    /// A located error.
    public init(_ message: String, at location: InputLocation, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line: error: message`, and the hint on its own line.
    public var description: String {
        "\(location): error: \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
    }
}
