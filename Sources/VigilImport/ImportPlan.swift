import VigilModel

/// What an import makes of its input: the stack's services with their metrics and rules, the report, and the
/// Swift files that write them.
public struct ImportPlan: Sendable {
    /// The stack's enum, e.g. `Shop`; lowercased, its name under `generated/`.
    public var stackName: String
    /// The input files, as named on the command line.
    public var sources: [String]
    /// The rule groups read, in input order, for verification.
    public var groups: [ImportedRuleGroup]
    /// The services.
    public var services: [ImportedService]
    /// The Alertmanager configuration, when one was imported.
    public var alertmanager: ImportedAlertmanager?
    /// The dashboards read, in input order.
    public var dashboards: [ImportedDashboard] = []
    /// Everything not carried over or decided by the importer.
    public var report: ImportReport

    /// The first logs panel of the dashboards, if any: Vigil then deploys Loki, which its queries read.
    public var firstLogsPanel: Panel? {
        dashboards.lazy.flatMap(\.panels).first { panel in
            if case .logs = panel.kind { return true }
            return false
        }
    }

    /// How the rules' queries are written: typed or raw.
    public var queryStyles: RuleQueryStyles { RuleQueryStyles(services: services) }

    /// The stack's files, by name, in the project's naming scheme, as the importer writes them (before
    /// `swift format`).
    public var files: [(name: String, text: String)] {
        var files = [(name: "\(stackName).swift", text: StackSource(plan: self).text)]
        let metrics = services.flatMap(\.metrics)
        if !metrics.isEmpty {
            files.append(("\(stackName)+Metrics.swift", MetricsSource(stack: stackName, metrics: metrics).text))
        }
        if services.contains(where: { !$0.rules.isEmpty }) {
            files.append(("\(stackName)+Alerts.swift", RulesSource(stack: stackName, services: services).text))
        }
        if let alertmanager {
            files.append(
                ("\(stackName)+Routing.swift", RoutingSource(stack: stackName, alertmanager: alertmanager).text))
        }
        if !dashboards.isEmpty {
            files.append(
                (
                    "\(stackName)+Dashboards.swift",
                    DashboardsSource(stack: stackName, dashboards: dashboards, metrics: metrics).text
                ))
        }
        return files
    }
}
