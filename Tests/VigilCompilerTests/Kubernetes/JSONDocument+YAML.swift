import YAMLKit

extension JSONDocument {
    /// The JSON value of a YAML node, as the API server reads a manifest: integers and floats are numbers.
    init(_ node: YAMLNode) {
        switch node {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .int(let value): self = .number(Double(value))
        case .float(let value): self = .number(value)
        case .string(let value): self = .string(value)
        case .sequence(let elements): self = .array(elements.map(JSONDocument.init))
        case .mapping(let mapping):
            self = .object(Dictionary(mapping.map { ($0.key, JSONDocument($0.value)) }) { first, _ in first })
        }
    }
}
