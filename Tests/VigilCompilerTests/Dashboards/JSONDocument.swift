import Foundation

/// A JSON value read from text, for checking generated files the way a JSON-schema validator sees them:
/// numbers are numbers, whether written with a fraction or not.
enum JSONDocument: Equatable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONDocument])
    case object([String: JSONDocument])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONDocument].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONDocument].self))
        }
    }

    /// Parses JSON text.
    init(parsing text: String) throws {
        self = try JSONDecoder().decode(JSONDocument.self, from: Data(text.utf8))
    }

    /// Reads a JSON file.
    init(contentsOf url: URL) throws {
        self = try JSONDecoder().decode(JSONDocument.self, from: Data(contentsOf: url))
    }

    subscript(key: String) -> JSONDocument? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    var string: String? {
        guard case .string(let value) = self else { return nil }
        return value
    }

    var number: Double? {
        guard case .number(let value) = self else { return nil }
        return value
    }

    var int: Int? { number.map { Int($0) } }

    var array: [JSONDocument] {
        guard case .array(let elements) = self else { return [] }
        return elements
    }

    var members: [String: JSONDocument] {
        guard case .object(let members) = self else { return [:] }
        return members
    }

    /// The JSON-schema type names the value has (`integer` values are `number`s too).
    var typeNames: Set<String> {
        switch self {
        case .null: ["null"]
        case .bool: ["boolean"]
        case .number(let value): value == value.rounded() ? ["number", "integer"] : ["number"]
        case .string: ["string"]
        case .array: ["array"]
        case .object: ["object"]
        }
    }
}
