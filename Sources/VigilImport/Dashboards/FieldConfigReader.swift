import VigilCore
import VigilModel

/// Reads a panel's `fieldConfig`: the defaults' unit, decimals, range, thresholds, value mappings, data links and
/// no-value text, and the overrides Vigil has properties for. What it cannot carry is noted.
struct FieldConfigReader {
    /// The `fieldConfig.defaults` members the reader carries over, or that Vigil writes by itself.
    static let knownDefaults: Set<String> = [
        "color", "custom", "decimals", "links", "mappings", "max", "min", "noValue", "thresholds", "unit",
    ]

    /// Grafana's shades of its named colours, read as the colour itself.
    static let shadePrefixes = ["dark-", "semi-dark-", "light-", "super-light-"]

    /// The panel, for remarks.
    let subject: String

    /// Reads `fieldConfig` into `panel`; the notes on what is not carried over.
    mutating func read(_ node: JSONNode?, into panel: inout Panel, input: inout DashboardInput) -> [String] {
        guard let node else { return [] }
        var notes: [String] = []
        if let defaults = node["defaults"] {
            notes += input.dropUnknownMembers(
                of: defaults, known: Self.knownDefaults, path: "fieldConfig.defaults", subject: subject)
            panel.field.unit = defaults["unit"]?.string.flatMap { unit($0, at: defaults["unit"]!, input: &input) }
            panel.field.decimals = defaults["decimals"]?.int
            panel.field.min = defaults["min"]?.number
            panel.field.max = defaults["max"]?.number
            panel.field.noValue = defaults["noValue"]?.string
            // Vigil writes a green base alone for a panel without thresholds.
            panel.field.thresholds = defaults["thresholds"].map { thresholds($0, input: &input) }.flatMap {
                $0 == Thresholds(.green) ? nil : $0
            }
            panel.field.mappings = mappings(defaults["mappings"], input: &input)
            panel.field.links = links(defaults["links"])
        }
        for override in node["overrides"]?.elements ?? [] {
            guard let matcher = matcher(override["matcher"]) else {
                let id = override["matcher"]?["id"]?.string ?? "?"
                notes.append(input.drop("\(subject): an override matching `\(id)` is not carried over", at: override))
                continue
            }
            var properties: [OverrideProperty] = []
            for property in override["properties"]?.elements ?? [] {
                if let read = self.property(property, input: &input) {
                    properties.append(read)
                } else {
                    let id = property["id"]?.string ?? "?"
                    notes.append(input.drop("\(subject): override property `\(id)` is not carried over", at: property))
                }
            }
            panel.overrides.append(Override(matcher: matcher, properties: properties))
        }
        return notes
    }

    /// Grafana's unit id as Vigil's ``Unit``; `nil` (with a remark) for one Vigil does not have.
    func unit(_ id: String, at node: JSONNode, input: inout DashboardInput) -> Unit? {
        guard !id.isEmpty else { return nil }
        guard let unit = Unit(rawValue: id) else {
            input.remark(.dropped, at: node, "\(subject): unit `\(id)` is not one of Vigil's units")
            return nil
        }
        return unit
    }

    /// A colour: Grafana's named colours (shades read as the colour), or a hex code.
    func color(_ node: JSONNode?, input: inout DashboardInput) -> PanelColor? {
        guard let node, let name = node.string else { return nil }
        let named: [String: PanelColor] = [
            "green": .green, "yellow": .yellow, "orange": .orange, "red": .red, "blue": .blue, "purple": .purple,
            "text": .text, "transparent": .transparent,
        ]
        if let color = named[name] { return color }
        if name.hasPrefix("#") { return .hex(name) }
        if let prefix = Self.shadePrefixes.first(where: name.hasPrefix),
            let color = named[String(name.dropFirst(prefix.count))]
        {
            input.remark(.review, at: node, "\(subject): colour `\(name)` is imported as \(color.name)")
            return color
        }
        input.remark(.dropped, at: node, "\(subject): colour `\(name)` is not one Vigil has: the text colour is used")
        return .text
    }

    private func thresholds(_ node: JSONNode, input: inout DashboardInput) -> Thresholds {
        let steps = node["steps"]?.elements ?? []
        let base = steps.first { $0["value"]?.number == nil }
        let valued = steps.compactMap { step -> ThresholdStep? in
            guard let value = step["value"]?.number else { return nil }
            return .at(value, color(step["color"], input: &input) ?? .text)
        }
        return Thresholds(
            color(base?["color"], input: &input) ?? .green, steps: valued,
            mode: node["mode"]?.string == "percentage" ? .percentage : .absolute)
    }

    private func mappings(_ node: JSONNode?, input: inout DashboardInput) -> [ValueMapping] {
        var mappings: [ValueMapping] = []
        for mapping in node?.elements ?? [] {
            let options = mapping["options"]
            func result(_ node: JSONNode?) -> (String?, PanelColor?) {
                (node?["text"]?.string, color(node?["color"], input: &input))
            }
            switch mapping["type"]?.string {
            case "value":
                for member in options?.members ?? [] {
                    let (text, color) = result(member.value)
                    mappings.append(.value(member.key, text: text, color: color))
                }
            case "range":
                let (text, color) = result(options?["result"])
                mappings.append(
                    .range(from: options?["from"]?.number, to: options?["to"]?.number, text: text, color: color))
            case "regex":
                let (text, color) = result(options?["result"])
                mappings.append(.regex(options?["pattern"]?.string ?? "", text: text, color: color))
            case "special":
                let (text, color) = result(options?["result"])
                guard let match = options?["match"]?.string.flatMap(ValueMapping.SpecialValue.init(rawValue:)) else {
                    input.remark(
                        .dropped, at: mapping,
                        "\(subject): a special value mapping Vigil does not have is not carried over")
                    continue
                }
                mappings.append(.special(match, text: text, color: color))
            default:
                input.remark(
                    .dropped, at: mapping, "\(subject): a value mapping of an unknown type is not carried over")
            }
        }
        return mappings
    }

    private func links(_ node: JSONNode?) -> [DataLink] {
        node?.elements.map { link in
            DataLink(
                link["title"]?.string ?? "", url: link["url"]?.string ?? "",
                opensInNewTab: link["targetBlank"]?.bool ?? false)
        } ?? []
    }

    private func matcher(_ node: JSONNode?) -> FieldMatcher? {
        guard let options = node?["options"]?.string else { return nil }
        switch node?["id"]?.string {
        case "byName": return .name(options)
        case "byRegexp": return .regex(options)
        case "byType": return FieldMatcher.FieldType(rawValue: options).map(FieldMatcher.type)
        default: return nil
        }
    }

    private func property(_ node: JSONNode, input: inout DashboardInput) -> OverrideProperty? {
        guard let value = node["value"] else { return nil }
        switch node["id"]?.string {
        case "unit": return value.string.flatMap { unit($0, at: value, input: &input) }.map(OverrideProperty.unit)
        case "decimals": return value.int.map(OverrideProperty.decimals)
        case "min": return value.number.map(OverrideProperty.min)
        case "max": return value.number.map(OverrideProperty.max)
        case "displayName": return value.string.map(OverrideProperty.displayName)
        case "color" where value["mode"]?.string == "fixed":
            return color(value["fixedColor"], input: &input).map(OverrideProperty.color)
        case "thresholds": return .thresholds(thresholds(value, input: &input))
        case "mappings": return .mappings(mappings(value, input: &input))
        case "links": return .links(links(value))
        case "custom.hideFrom" where value["viz"]?.bool == true && value["legend"]?.bool == true:
            return .hidden
        default: return nil
        }
    }
}
