import VigilDSL

/// A panel's field configuration: the defaults every field gets, and the overrides.
enum FieldConfigJSON {
    /// The defaults: the kind's colour mode and custom options, value mappings and thresholds (for the
    /// kinds with standard options), and what the panel sets.
    static func defaults(of panel: Panel) -> JSONValue {
        guard panel.kind.hasStandardOptions else {
            var json: JSONObject = [:]
            json["custom"] = panel.kind.customFieldConfig
            return .object(json)
        }
        let field = panel.field
        var json: JSONObject = [
            "color": ["mode": .string(panel.kind.colorMode)],
            "mappings": mappings(field.mappings),
            "thresholds": thresholds(field.thresholds ?? Thresholds(.green)),
        ]
        json["custom"] = panel.kind.customFieldConfig
        json["decimals"] = field.decimals.map { .int($0) }
        if !field.links.isEmpty {
            json["links"] = links(field.links)
        }
        json["max"] = field.max.map(JSONValue.double)
        json["min"] = field.min.map(JSONValue.double)
        json["noValue"] = field.noValue.map(JSONValue.string)
        json["unit"] = field.unit.map { .string($0.rawValue) }
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
                var result: JSONObject = [:]
                result["color"] = mapping.color.map { .string($0.name) }
                result["index"] = .int(index)
                result["text"] = mapping.text.map(JSONValue.string)
                switch mapping.match {
                case .value(let value):
                    return ["options": .object([value: .object(result)]), "type": "value"]
                case .range(let from, let to):
                    return [
                        "options": [
                            "from": from.map(JSONValue.double) ?? .null, "result": .object(result),
                            "to": to.map(JSONValue.double) ?? .null,
                        ],
                        "type": "range",
                    ]
                case .regex(let pattern):
                    return ["options": ["pattern": .string(pattern), "result": .object(result)], "type": "regex"]
                case .special(let value):
                    return [
                        "options": ["match": .string(value.rawValue), "result": .object(result)], "type": "special",
                    ]
                }
            })
    }

    /// Data links, with every field of Grafana's link model.
    static func links(_ links: [DataLink]) -> JSONValue {
        .array(
            links.map { link in
                [
                    "asDropdown": false,
                    "icon": "external link",
                    "includeVars": false,
                    "keepTime": false,
                    "tags": [],
                    "targetBlank": .bool(link.opensInNewTab),
                    "title": .string(link.title),
                    "tooltip": "",
                    "type": "link",
                    "url": .string(link.url),
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
