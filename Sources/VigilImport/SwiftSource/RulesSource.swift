import VigilModel

/// `<Name>+Alerts.swift`: each service's alerts and recording rules, written with the typed query builder
/// where it expresses the query exactly (``TypedQueryTranslator``) and as raw `PromQL` as the input wrote it
/// otherwise, with `for`, `keep_firing_for`, labels and annotations, and the input place of each in a comment.
struct RulesSource {
    /// The stack's enum.
    let stack: String
    /// The services.
    let services: [ImportedService]

    /// The name of the list of a service's rules.
    static func identifier(of service: ImportedService) -> String {
        SwiftIdentifier.lowerCamel(service.name) + "Rules"
    }

    /// An alert's `severity` label, if it has one (Vigil imports it as warning when it has none).
    static func severity(of rule: ImportedRule) -> String? { rule.labelDictionary["severity"] }

    /// The file's text.
    var text: String {
        let translator = TypedQueryTranslator(services: services)
        var lines = ["import Vigil", "", "extension \(stack) {"]
        for (index, service) in services.filter({ !$0.rules.isEmpty }).enumerated() {
            if index > 0 { lines.append("") }
            let groups = service.groupNames.map { "`\($0)`" }.joined(separator: ", ")
            lines.append("    /// The rules of service `\(service.name)`, from the rule groups \(groups).")
            lines.append("    @ServiceBuilder static var \(Self.identifier(of: service)): [ServiceElement] {")
            for rule in service.rules { lines += self.rule(rule, typed: translator.query(of: rule)) }
            lines.append("    }")
        }
        lines += ["}", ""]
        return lines.joined(separator: "\n")
    }

    private func rule(_ rule: ImportedRule, typed: TypedQuery?) -> [String] {
        let indentation = "        "
        let query =
            typed?.swift ?? "PromQL(\(SwiftLiteral.string(rule.expression, indentation: indentation + "    ")))"
        var lines = ["\(indentation)// \(rule.location)"]
        switch rule.kind {
        case .record:
            let labels =
                rule.labelDictionary.isEmpty ? "" : ", labels: \(SwiftLiteral.dictionary(rule.labelDictionary))"
            lines.append("\(indentation)Record(\(SwiftLiteral.string(rule.name))\(labels)) {")
            lines.append("\(indentation)    \(query)")
            lines.append("\(indentation)}")
        case .alert:
            var arguments = [SwiftLiteral.string(rule.name), "severity: \(severity(rule))"]
            if let duration = rule.duration { arguments.append("for: \(SwiftLiteral.duration(duration))") }
            if let keep = rule.keepFiringFor { arguments.append("keepFiringFor: \(SwiftLiteral.duration(keep))") }
            let labels = rule.labelDictionary.filter { $0.key != "severity" }
            if !labels.isEmpty { arguments.append("labels: \(SwiftLiteral.dictionary(labels))") }
            lines.append("\(indentation)Alert(\(arguments.joined(separator: ", "))) {")
            lines.append("\(indentation)    \(query)")
            if rule.annotations.isEmpty {
                lines.append("\(indentation)}")
            } else {
                lines.append("\(indentation)} annotations: {")
                for annotation in rule.annotations {
                    let value = SwiftLiteral.string(annotation.value, indentation: indentation + "    ")
                    lines.append("\(indentation)    AlertAnnotation(\(SwiftLiteral.string(annotation.key)), \(value))")
                }
                lines.append("\(indentation)}")
            }
        }
        return lines
    }

    private func severity(_ rule: ImportedRule) -> String {
        switch Self.severity(of: rule) {
        case "critical": ".critical"
        case "warning", nil: ".warning"
        case "info": ".info"
        case let other?: SwiftLiteral.string(other)
        }
    }
}
