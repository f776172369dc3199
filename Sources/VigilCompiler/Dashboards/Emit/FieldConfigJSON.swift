import VigilDSL

/// A panel's field configuration: the defaults every field gets, and the overrides.
enum FieldConfigJSON {
    /// The defaults: the kind's colour mode and custom options, value mappings and thresholds (for the
    /// kinds with standard options), and what the panel sets.
    static func defaults(of panel: Panel) -> JSONValue {
        var json: [String: JSONValue] = [:]
        json["custom"] = panel.kind.customFieldConfig
        guard panel.kind.hasStandardOptions else { return .object(json) }
        let field = panel.field
        json["color"] = ["mode": .string(panel.kind.colorMode)]
        json["mappings"] = mappings(field.mappings)
        json["thresholds"] = thresholds(field.thresholds ?? Thresholds(.green))
        json["unit"] = field.unit.map { .string($0.rawValue) }
        json["decimals"] = field.decimals.map { .int($0) }
        json["min"] = field.min.map(JSONValue.double)
        json["max"] = field.max.map(JSONValue.double)
        json["noValue"] = field.noValue.map(JSONValue.string)
        if !field.links.isEmpty {
            json["links"] = links(field.links)
        }
        return .object(json)
    }

    static func thresholds(_ thresholds: Thresholds) -> JSONValue {
        let base: JSONValue = ["color": .string(thresholds.base.name), "value": nil]
        let steps = thresholds.steps.map { step -> JSONValue in
            ["color": .string(step.color.name), "value": .double(step.value)]
        }
        return ["mode": .string(thresholds.mode.rawValue), "steps": .array([base] + steps)]
    }

    static func mappings(_ mappings: [ValueMapping]) -> JSONValue {
        .array(
            mappings.enumerated().map { index, mapping in
                var result: [String: JSONValue] = ["index": .int(index)]
                result["text"] = mapping.text.map(JSONValue.string)
                result["color"] = mapping.color.map { .string($0.name) }
                switch mapping.match {
                case .value(let value):
                    return ["type": "value", "options": .object([value: .object(result)])]
                case .range(let from, let to):
                    return [
                        "type": "range",
                        "options": [
                            "from": from.map(JSONValue.double) ?? .null, "to": to.map(JSONValue.double) ?? .null,
                            "result": .object(result),
                        ],
                    ]
                case .regex(let pattern):
                    return ["type": "regex", "options": ["pattern": .string(pattern), "result": .object(result)]]
                case .special(let value):
                    return [
                        "type": "special", "options": ["match": .string(value.rawValue), "result": .object(result)],
                    ]
                }
            })
    }

    /// Data links, with every field of Grafana's link model.
    static func links(_ links: [DataLink]) -> JSONValue {
        .array(
            links.map { link in
                [
                    "title": .string(link.title),
                    "url": .string(link.url),
                    "targetBlank": .bool(link.opensInNewTab),
                    "type": "link",
                    "icon": "external link",
                    "tooltip": "",
                    "tags": [],
                    "asDropdown": false,
                    "includeVars": false,
                    "keepTime": false,
                ]
            })
    }

    static func override(_ override: Override) -> JSONValue {
        let matcher: JSONValue =
            switch override.matcher {
            case .name(let name): ["id": "byName", "options": .string(name)]
            case .regex(let pattern): ["id": "byRegexp", "options": .string(pattern)]
            case .type(let type): ["id": "byType", "options": .string(type.rawValue)]
            }
        return ["matcher": matcher, "properties": .array(override.properties.map(property))]
    }

    static func property(_ property: OverrideProperty) -> JSONValue {
        let (id, value): (String, JSONValue) =
            switch property {
            case .unit(let unit): ("unit", .string(unit.rawValue))
            case .decimals(let decimals): ("decimals", .int(decimals))
            case .min(let min): ("min", .double(min))
            case .max(let max): ("max", .double(max))
            case .displayName(let name): ("displayName", .string(name))
            case .color(let color): ("color", ["fixedColor": .string(color.name), "mode": "fixed"])
            case .thresholds(let thresholds): ("thresholds", self.thresholds(thresholds))
            case .mappings(let mappings): ("mappings", self.mappings(mappings))
            case .links(let links): ("links", self.links(links))
            case .hidden: ("custom.hideFrom", ["legend": true, "tooltip": true, "viz": true])
            }
        return ["id": .string(id), "value": value]
    }
}
