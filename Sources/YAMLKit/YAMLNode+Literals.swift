extension YAMLNode: ExpressibleByStringLiteral {
    /// Creates a `.string` node.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension YAMLNode: ExpressibleByIntegerLiteral {
    /// Creates an `.int` node.
    public init(integerLiteral value: Int) {
        self = .int(value)
    }
}

extension YAMLNode: ExpressibleByFloatLiteral {
    /// Creates a `.float` node.
    public init(floatLiteral value: Double) {
        self = .float(value)
    }
}

extension YAMLNode: ExpressibleByBooleanLiteral {
    /// Creates a `.bool` node.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension YAMLNode: ExpressibleByArrayLiteral {
    /// Creates a `.sequence` node.
    public init(arrayLiteral elements: YAMLNode...) {
        self = .sequence(elements)
    }
}

extension YAMLNode: ExpressibleByDictionaryLiteral {
    /// Creates a `.mapping` node whose entries keep the order they are written in.
    public init(dictionaryLiteral elements: (String, YAMLNode)...) {
        self = .mapping(YAMLMapping(elements.map { YAMLMapping.Entry(key: $0.0, value: $0.1) }))
    }
}

extension YAMLNode: ExpressibleByNilLiteral {
    /// Creates the `.null` node.
    public init(nilLiteral: ()) {
        self = .null
    }
}
