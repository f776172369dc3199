/// `<Name>.swift`: the stack's enum, its services (the catalogues and inferred metrics each declares, and its
/// rules) and the stack itself.
struct StackSource {
    /// The plan it writes.
    let plan: ImportPlan

    /// The Swift name of `service`.
    static func identifier(of service: ImportedService) -> String {
        SwiftIdentifier.lowerCamel(service.name) + "Service"
    }

    /// The file's text.
    var text: String {
        var lines = ["import Vigil", "", "/// \(plan.stackName): imported by `specs import` from"]
        lines += plan.sources.map { "/// - `\($0)`" }
        if plan.services.contains(where: { !$0.metrics.isEmpty }) {
            lines += [
                "///", "/// The metrics that no catalogue declares are inferred from the queries (see",
                "/// `\(plan.stackName)+Metrics.swift`); review the import report before relying on them.",
            ]
        }
        lines.append("enum \(plan.stackName) {")
        for service in plan.services {
            var arguments = [SwiftLiteral.string(service.name)]
            if let interval = service.interval { arguments.append("ruleInterval: \(SwiftLiteral.duration(interval))") }
            if let offset = service.queryOffset {
                arguments.append("ruleQueryOffset: \(SwiftLiteral.duration(offset))")
            }
            if !service.labels.isEmpty { arguments.append("ruleLabels: \(SwiftLiteral.dictionary(service.labels))") }
            let groups = service.groupNames.map { "`\($0)`" }.joined(separator: ", ")
            lines.append(
                groups.isEmpty
                    ? "    /// The service declaring the metrics the dashboards read."
                    : "    /// The service of the rule groups \(groups).")
            lines.append(
                "    static let \(Self.identifier(of: service)) = Service(\(arguments.joined(separator: ", "))) {")
            lines += service.catalogues.map { "        \($0.swiftName).all" }
            lines += service.metrics.map { "        \(SwiftIdentifier.escaped(MetricsSource.identifier(of: $0)))" }
            if !service.rules.isEmpty { lines.append("        \(RulesSource.identifier(of: service))") }
            lines.append("    }")
            lines.append("")
        }
        lines.append("    /// The stack: `generated/\(plan.stackName.lowercased())/`.")
        lines.append("    static let stack = Stack(\(SwiftLiteral.string(plan.stackName.lowercased()))) {")
        lines += plan.services.map { "        \(Self.identifier(of: $0))" }
        if plan.alertmanager != nil { lines.append("        routing") }
        if plan.firstLogsPanel != nil {
            lines.append(
                "        // The logs panels query Loki: review its retention and log sources (Vigil's defaults here).")
            lines.append("        Loki()")
        }
        lines += DashboardsSource.identifiers(of: plan.dashboards).map { "        " + $0 }
        lines += ["    }", "}", ""]
        return lines.joined(separator: "\n")
    }
}
