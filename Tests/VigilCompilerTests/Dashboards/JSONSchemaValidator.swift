/// A JSON-schema (draft-07) validator for the keywords Grafana's published schemas and the Prometheus
/// Operator's CRD schemas use: `$ref` to local definitions, `type`, `const`, `enum`, `properties`, `required`,
/// `additionalProperties`, `items`, `allOf`, `anyOf`, `oneOf`, `minimum`, `maximum`, `exclusiveMinimum`,
/// `exclusiveMaximum`, `minLength`, `maxLength`, `pattern` (searched, unanchored, as JSON schema says),
/// `minItems` and `maxItems`. Annotations (`description`, `default`, `format`) are not assertions and are
/// ignored, and so are Kubernetes' extensions: `x-kubernetes-int-or-string` comes with an `anyOf` of integer
/// and string that says the same, and `x-kubernetes-validations` are CEL rules the API server runs.
struct JSONSchemaValidator {
    /// The schema document, whose `definitions` `$ref`s point into.
    let document: JSONDocument

    /// The problems of `value` against the definition `name`, each as `path: what is wrong`.
    func problems(_ value: JSONDocument, definition name: String, at path: String = "$") -> [String] {
        guard let schema = document["definitions"]?[name] else { return ["\(path): no definition '\(name)'"] }
        return problems(value, schema, at: path)
    }

    /// The problems of `value` against `schema`.
    func problems(_ value: JSONDocument, _ schema: JSONDocument, at path: String) -> [String] {
        if case .bool(let accepts) = schema { return accepts ? [] : ["\(path): no value is allowed here"] }
        if let reference = schema["$ref"]?.string {
            // In draft-07, a `$ref` replaces its siblings.
            return problems(value, definition: String(reference.dropFirst("#/definitions/".count)), at: path)
        }
        var found: [String] = []
        if let type = schema["type"] {
            let allowed = type.string.map { [$0] } ?? type.array.compactMap(\.string)
            guard !value.typeNames.isDisjoint(with: allowed) else {
                return ["\(path): \(describe(value)) is not of type \(allowed.joined(separator: " or "))"]
            }
        }
        if let constant = schema["const"], value != constant {
            found.append("\(path): \(describe(value)) is not \(describe(constant))")
        }
        if let allowed = schema["enum"]?.array, !allowed.contains(value) {
            found.append("\(path): \(describe(value)) is not one of \(allowed.map(describe).joined(separator: ", "))")
        }
        found += numberProblems(value, schema, at: path)
        found += stringProblems(value, schema, at: path)
        found += objectProblems(value, schema, at: path)
        if case .array(let elements) = value {
            if let minimum = schema["minItems"]?.int, elements.count < minimum {
                found.append("\(path): has \(elements.count) items, fewer than \(minimum)")
            }
            if let maximum = schema["maxItems"]?.int, elements.count > maximum {
                found.append("\(path): has \(elements.count) items, more than \(maximum)")
            }
        }
        if let items = schema["items"], case .array(let elements) = value {
            for (index, element) in elements.enumerated() {
                found += problems(element, items, at: "\(path)[\(index)]")
            }
        }
        found += combinatorProblems(value, schema, at: path)
        return found
    }

    func stringProblems(_ value: JSONDocument, _ schema: JSONDocument, at path: String) -> [String] {
        guard let string = value.string else { return [] }
        var found: [String] = []
        if let minimum = schema["minLength"]?.int, string.count < minimum {
            found.append("\(path): '\(string)' is shorter than \(minimum)")
        }
        if let maximum = schema["maxLength"]?.int, string.count > maximum {
            found.append("\(path): '\(string)' is longer than \(maximum)")
        }
        if let pattern = schema["pattern"]?.string {
            if let regex = try? Regex(pattern) {
                if !string.contains(regex) { found.append("\(path): '\(string)' does not match \(pattern)") }
            } else {
                found.append("\(path): the schema's pattern \(pattern) does not compile")
            }
        }
        return found
    }

    func numberProblems(_ value: JSONDocument, _ schema: JSONDocument, at path: String) -> [String] {
        guard let number = value.number else { return [] }
        let checks: [(keyword: String, fails: (Double, Double) -> Bool, relation: String)] = [
            ("minimum", { $0 < $1 }, "<"), ("maximum", { $0 > $1 }, ">"),
            ("exclusiveMinimum", { $0 <= $1 }, "<="), ("exclusiveMaximum", { $0 >= $1 }, ">="),
        ]
        return checks.compactMap { keyword, fails, relation in
            guard let bound = schema[keyword], let limit = bound.number, fails(number, limit) else { return nil }
            return "\(path): \(describe(value)) \(relation) \(keyword) \(describe(bound))"
        }
    }

    func objectProblems(_ value: JSONDocument, _ schema: JSONDocument, at path: String) -> [String] {
        guard case .object(let members) = value else { return [] }
        var found: [String] = []
        for required in schema["required"]?.array.compactMap(\.string) ?? [] where members[required] == nil {
            found.append("\(path): required property '\(required)' is missing")
        }
        let properties = schema["properties"]?.members ?? [:]
        for (key, member) in members.sorted(by: { $0.key < $1.key }) {
            if let property = properties[key] {
                found += problems(member, property, at: "\(path).\(key)")
            } else if let additional = schema["additionalProperties"] {
                found += problems(member, additional, at: "\(path).\(key)")
            }
        }
        return found
    }

    func combinatorProblems(_ value: JSONDocument, _ schema: JSONDocument, at path: String) -> [String] {
        var found: [String] = []
        for part in schema["allOf"]?.array ?? [] {
            found += problems(value, part, at: path)
        }
        if let alternatives = schema["anyOf"]?.array,
            !alternatives.contains(where: { problems(value, $0, at: path).isEmpty })
        {
            found.append("\(path): \(describe(value)) matches none of the anyOf alternatives")
        }
        if let alternatives = schema["oneOf"]?.array {
            let matching = alternatives.filter { problems(value, $0, at: path).isEmpty }.count
            if matching != 1 {
                let closest = alternatives.map { problems(value, $0, at: path) }.min { $0.count < $1.count } ?? []
                found.append(
                    "\(path): matches \(matching) of the oneOf alternatives instead of one"
                        + (matching == 0 ? "; the closest fails with: \(closest.joined(separator: "; "))" : ""))
            }
        }
        return found
    }

    func describe(_ value: JSONDocument) -> String {
        switch value {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .number(let value): value == value.rounded() ? "\(Int(value))" : "\(value)"
        case .string(let value): "'\(value)'"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
