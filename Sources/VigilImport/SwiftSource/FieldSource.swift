import VigilCore
import VigilModel

/// A panel's field options, overrides and size as the modifiers of `DashboardPanel`: `.decimals(2)`,
/// `.thresholds(...)`, `.override(.name("errors"), .color(.red))`, `.size(width: 12, height: 8)`.
enum FieldSource {
    /// The modifier lines of `panel`; the unit is an argument of the panel's initialiser.
    static func modifiers(of panel: Panel) -> [String] {
        let field = panel.field
        var lines: [String] = []
        if let description = panel.description { lines.append(".description(\(SwiftLiteral.string(description)))") }
        if let decimals = field.decimals { lines.append(".decimals(\(decimals))") }
        if let min = field.min { lines.append(".min(\(SwiftLiteral.number(min)))") }
        if let max = field.max { lines.append(".max(\(SwiftLiteral.number(max)))") }
        if let thresholds = field.thresholds { lines.append(".thresholds(\(Self.thresholds(thresholds)))") }
        if !field.mappings.isEmpty { lines.append(".mappings(\(field.mappings.map(mapping).joined(separator: ", ")))") }
        if !field.links.isEmpty { lines.append(".links(\(field.links.map(link).joined(separator: ", ")))") }
        if let noValue = field.noValue { lines.append(".noValue(\(SwiftLiteral.string(noValue)))") }
        for override in panel.overrides {
            let properties = override.properties.map(property)
            lines.append(".override(" + ([matcher(override.matcher)] + properties).joined(separator: ", ") + ")")
        }
        if panel.width != nil || panel.height != nil {
            var size: [String] = []
            if let width = panel.width { size.append("width: \(width)") }
            if let height = panel.height { size.append("height: \(height)") }
            lines.append(".size(\(size.joined(separator: ", ")))")
        }
        return lines
    }

    /// `.seconds`; `Unit.none` for the unit `none`, which `.none` would read as a missing unit.
    static func unit(_ unit: Unit) -> String {
        String(describing: unit) == "none" ? "Unit.none" : SwiftLiteral.member(unit)
    }

    /// `Thresholds(.green, .at(80, .red))`.
    static func thresholds(_ thresholds: Thresholds) -> String {
        var arguments = [color(thresholds.base)]
        arguments += thresholds.steps.map { ".at(\(SwiftLiteral.number($0.value)), \(color($0.color)))" }
        if thresholds.mode == .percentage { arguments.append("mode: .percentage") }
        return "Thresholds(\(arguments.joined(separator: ", ")))"
    }

    /// `.green`, `.hex("#FF0000")`.
    static func color(_ color: PanelColor) -> String {
        if case .hex(let code) = color { return ".hex(\(SwiftLiteral.string(code)))" }
        return "." + color.name
    }

    /// `.value("1", text: "Up", color: .green)`, `.range(from: 0, to: 10)`, ...
    static func mapping(_ mapping: ValueMapping) -> String {
        var arguments: [String]
        let name: String
        switch mapping.match {
        case .value(let value):
            (name, arguments) = ("value", [SwiftLiteral.string(value)])
        case .range(let from, let to):
            (name, arguments) = (
                "range",
                ["from: \(from.map(SwiftLiteral.number) ?? "nil")", "to: \(to.map(SwiftLiteral.number) ?? "nil")"]
            )
        case .regex(let pattern):
            (name, arguments) = ("regex", [SwiftLiteral.string(pattern)])
        case .special(let value):
            (name, arguments) = ("special", [SwiftLiteral.member(value)])
        }
        if let text = mapping.text { arguments.append("text: \(SwiftLiteral.string(text))") }
        if let color = mapping.color { arguments.append("color: \(self.color(color))") }
        return ".\(name)(\(arguments.joined(separator: ", ")))"
    }

    /// `DataLink("Runbook", url: "...", opensInNewTab: true)`.
    static func link(_ link: DataLink) -> String {
        let tab = link.opensInNewTab ? ", opensInNewTab: true" : ""
        return "DataLink(\(SwiftLiteral.string(link.title)), url: \(SwiftLiteral.string(link.url))\(tab))"
    }

    private static func matcher(_ matcher: FieldMatcher) -> String {
        switch matcher {
        case .name(let name): ".name(\(SwiftLiteral.string(name)))"
        case .regex(let pattern): ".regex(\(SwiftLiteral.string(pattern)))"
        case .type(let type): ".type(\(SwiftLiteral.member(type)))"
        }
    }

    private static func property(_ property: OverrideProperty) -> String {
        switch property {
        case .unit(let unit): ".unit(\(self.unit(unit)))"
        case .decimals(let decimals): ".decimals(\(decimals))"
        case .min(let min): ".min(\(SwiftLiteral.number(min)))"
        case .max(let max): ".max(\(SwiftLiteral.number(max)))"
        case .displayName(let name): ".displayName(\(SwiftLiteral.string(name)))"
        case .color(let color): ".color(\(self.color(color)))"
        case .thresholds(let thresholds): ".thresholds(\(self.thresholds(thresholds)))"
        case .mappings(let mappings): ".mappings([\(mappings.map(mapping).joined(separator: ", "))])"
        case .links(let links): ".links([\(links.map(link).joined(separator: ", "))])"
        case .hidden: ".hidden"
        }
    }
}
