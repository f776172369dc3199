/// A YAML document node. Mappings keep insertion order.
///
/// Scalars are typed the way a YAML 1.1 reader (Go's yaml.v2, PyYAML) types them; see
/// ``YAMLScalarResolver``. Two nodes are equal when they have the same case and payload; mappings
/// compare their entries in order.
public enum YAMLNode: Hashable, Sendable {
    /// A string scalar. The emitter quotes it whenever a reader could take it for anything else.
    case string(String)
    /// An integer scalar.
    case int(Int)
    /// A floating-point scalar, including infinities and NaN (`.inf`, `-.inf`, `.nan`).
    case float(Double)
    /// A boolean scalar.
    case bool(Bool)
    /// The null scalar (`null`, `~` or an empty plain scalar when parsed).
    case null
    /// A sequence of nodes.
    case sequence([YAMLNode])
    /// A mapping with string keys, in insertion order.
    case mapping(YAMLMapping)
}

extension YAMLNode {
    /// The payload of a `.string` node, `nil` for every other case.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The payload of an `.int` node, `nil` for every other case.
    public var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The payload of a `.float` node, `nil` for every other case (integers are not converted).
    public var floatValue: Double? {
        if case .float(let value) = self { return value }
        return nil
    }

    /// The payload of a `.bool` node, `nil` for every other case.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements of a `.sequence` node, `nil` for every other case.
    public var sequenceValue: [YAMLNode]? {
        if case .sequence(let value) = self { return value }
        return nil
    }

    /// The mapping of a `.mapping` node, `nil` for every other case.
    public var mappingValue: YAMLMapping? {
        if case .mapping(let value) = self { return value }
        return nil
    }

    /// The value of the first entry with this key when the node is a mapping; `nil` when the key is
    /// absent or the node is not a mapping.
    public subscript(key: String) -> YAMLNode? {
        mappingValue?[key]
    }
}
