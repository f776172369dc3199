/// A JSON value as read from an input file, with the 1-based line it starts on, so that the importer's
/// remarks and errors about dashboards point at the input's lines.
struct JSONNode: Sendable {
    /// The value.
    indirect enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        /// The members, in the order written.
        case object([(key: String, value: JSONNode)])
    }

    /// The value.
    var value: Value
    /// The line the value starts on.
    var line: Int

    /// The member `key` of an object; `nil` for a missing member or a value that is not an object.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The members of an object, in the order written; empty for other values.
    var members: [(key: String, value: JSONNode)] {
        if case .object(let members) = value { return members }
        return []
    }

    /// Whether the value is an object.
    var isObject: Bool {
        if case .object = value { return true }
        return false
    }

    /// The elements of an array; empty for other values.
    var elements: [JSONNode] {
        if case .array(let elements) = value { return elements }
        return []
    }

    /// A string's text.
    var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// A number, or a string holding one (Grafana writes some numbers as strings).
    var number: Double? {
        switch value {
        case .number(let number): number
        case .string(let text): Double(text)
        default: nil
        }
    }

    /// A whole number.
    var int: Int? { number.flatMap { $0.rounded() == $0 && abs($0) < 1e15 ? Int($0) : nil } }

    /// A boolean.
    var bool: Bool? {
        if case .bool(let value) = value { return value }
        return nil
    }
}
