import VigilModel

/// A panel's field configuration: the defaults every field gets, and the overrides.
enum FieldConfigJSON {
    /// Writes the defaults: the kind's colour mode and custom options, value mappings and thresholds (for the
    /// kinds with standard options), and what the panel sets.
    static func writeDefaults(of panel: Panel, to json: inout JSONWriter) throws {
        try json.object { json in
            guard panel.kind.hasStandardOptions else {
                try panel.kind.writeCustomFieldConfig(to: &json)
                return
            }
            let field = panel.field
            try json.object("color") { json in try json.member("mode", panel.kind.colorMode) }
            try panel.kind.writeCustomFieldConfig(to: &json)
            try json.member("decimals", ifPresent: field.decimals)
            if !field.links.isEmpty {
                try json.member("links") { json in try write(field.links, to: &json) }
            }
            try json.member("mappings") { json in try write(field.mappings, to: &json) }
            try json.member("max", ifPresent: field.max)
            try json.member("min", ifPresent: field.min)
            try json.member("noValue", ifPresent: field.noValue)
            try json.member("thresholds") { json in try write(field.thresholds ?? Thresholds(.green), to: &json) }
            try json.member("unit", ifPresent: field.unit?.rawValue)
        }
    }

    /// Writes thresholds: the mode, then the steps, the base one first, without a value.
    static func write(_ thresholds: Thresholds, to json: inout JSONWriter) throws {
        try json.object { json in
            try json.member("mode", thresholds.mode.rawValue)
            try json.array("steps") { json in
                try json.object { json in
                    try json.member("color", thresholds.base.name)
                    try json.member("value") { json in json.null() }
                }
                for step in thresholds.steps {
                    try json.object { json in
                        try json.member("color", step.color.name)
                        try json.member("value", step.value)
                    }
                }
            }
        }
    }

    /// Writes value mappings, each with its place in the list.
    static func write(_ mappings: [ValueMapping], to json: inout JSONWriter) throws {
        try json.array { json in
            for (index, mapping) in mappings.enumerated() {
                try json.object { json in
                    try json.object("options") { json in try writeOptions(of: mapping, index: index, to: &json) }
                    try json.member("type", type(of: mapping.match))
                }
            }
        }
    }

    /// The `type` of a mapping that matches as `match` does.
    private static func type(of match: ValueMapping.Match) -> String {
        switch match {
        case .value: "value"
        case .range: "range"
        case .regex: "regex"
        case .special: "special"
        }
    }

    /// Writes the members of a mapping's `options`: what it matches and, under `result`, what it shows.
    private static func writeOptions(of mapping: ValueMapping, index: Int, to json: inout JSONWriter) throws {
        let result = { (json: inout JSONWriter) throws in
            try json.object { json in
                try json.member("color", ifPresent: mapping.color?.name)
                try json.member("index", index)
                try json.member("text", ifPresent: mapping.text)
            }
        }
        switch mapping.match {
        case .value(let value):
            try json.member(.text(value), result)
        case .range(let from, let to):
            try json.member("from") { json in try json.value(orNull: from) }
            try json.member("result", result)
            try json.member("to") { json in try json.value(orNull: to) }
        case .regex(let pattern):
            try json.member("pattern", pattern)
            try json.member("result", result)
        case .special(let value):
            try json.member("match", value.rawValue)
            try json.member("result", result)
        }
    }

    /// Writes data links, with every field of Grafana's link model.
    static func write(_ links: [DataLink], to json: inout JSONWriter) throws {
        try json.array { json in
            for link in links {
                try json.object { json in
                    try json.member("asDropdown", false)
                    try json.member("icon", "external link")
                    try json.member("includeVars", false)
                    try json.member("keepTime", false)
                    try json.array("tags") { _ in }
                    try json.member("targetBlank", link.opensInNewTab)
                    try json.member("title", link.title)
                    try json.member("tooltip", "")
                    try json.member("type", "link")
                    try json.member("url", link.url)
                }
            }
        }
    }

    /// Writes an override: which fields it matches and the properties it sets on them.
    static func write(_ override: Override, to json: inout JSONWriter) throws {
        let (id, options): (String, String) =
            switch override.matcher {
            case .name(let name): ("byName", name)
            case .regex(let pattern): ("byRegexp", pattern)
            case .type(let type): ("byType", type.rawValue)
            }
        try json.object { json in
            try json.object("matcher") { json in
                try json.member("id", id)
                try json.member("options", options)
            }
            try json.array("properties") { json in
                for property in override.properties {
                    try write(property, to: &json)
                }
            }
        }
    }

    /// Writes an override's property: its id and its value.
    static func write(_ property: OverrideProperty, to json: inout JSONWriter) throws {
        try json.object { json in
            try json.member("id", id(of: property))
            try json.member("value") { json in try writeValue(of: property, to: &json) }
        }
    }

    /// The id of the field option an override's property sets.
    private static func id(of property: OverrideProperty) -> String {
        switch property {
        case .unit: "unit"
        case .decimals: "decimals"
        case .min: "min"
        case .max: "max"
        case .displayName: "displayName"
        case .color: "color"
        case .thresholds: "thresholds"
        case .mappings: "mappings"
        case .links: "links"
        case .hidden: "custom.hideFrom"
        }
    }

    /// Writes the value an override's property sets.
    private static func writeValue(of property: OverrideProperty, to json: inout JSONWriter) throws {
        switch property {
        case .unit(let unit): try json.value(unit.rawValue)
        case .decimals(let decimals): try json.value(decimals)
        case .min(let min): try json.value(min)
        case .max(let max): try json.value(max)
        case .displayName(let name): try json.value(name)
        case .color(let color):
            try json.object { json in
                try json.member("fixedColor", color.name)
                try json.member("mode", "fixed")
            }
        case .thresholds(let thresholds): try write(thresholds, to: &json)
        case .mappings(let mappings): try write(mappings, to: &json)
        case .links(let links): try write(links, to: &json)
        case .hidden: try PanelKind.writeHideFrom(hidden: true, to: &json)
        }
    }
}
