/// A label name and value pair.
public struct Label: Hashable, Sendable {
    /// The label name.
    public var name: String
    /// The label value.
    public var value: String

    /// Creates a label.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// The pairs of a dictionary, sorted by name so output is deterministic.
    package static func sorted(_ labels: [String: String]) -> [Label] {
        labels.map { Label($0.key, $0.value) }.sorted { $0.name < $1.name }
    }
}
