import VigilModel

/// The dashboards every stack gets without spec code, derived from its model: the stack's own health, an
/// overview of its alerts, and for each scraped service its rule pack's dashboard or else an overview from the
/// metrics it declares. They are filed in the stack's folder, tagged `vigil`, and attributed to the stack's
/// declaration in diagnostics.
enum DerivedDashboards {
    /// The tag of derived dashboards.
    static let tag = ResolvedDashboard.derivedTag

    /// The derived dashboards of a lowered stack (whose `dashboards` do not matter here) with its exporters'
    /// rule `packs`.
    static func dashboards(for stack: ResolvedStack, packs: [any DeployedRulePack]) -> [DashboardOutline] {
        var dashboards = [StackHealthDashboard.dashboard(for: stack)]
        if !stack.alerts.isEmpty {
            dashboards.append(AlertsOverviewDashboard.dashboard(for: stack))
        }
        if let slos = SLODashboard.dashboard(for: stack) {
            dashboards.append(slos)
        }
        // The stack's own services are the stack health's subject.
        let selfMonitored =
            [SelfMonitoring.jobName] + (stack.alertmanager.map { _ in [ResolvedAlertmanager.serviceName] } ?? [])
        let scraped = Set(stack.scrapeJobs.map(\.name)).subtracting(selfMonitored)
        let packDashboards = Dictionary(
            packs.compactMap { pack in pack.dashboard.map { (pack.resolved.job, $0) } }
        ) { first, _ in first }
        dashboards += stack.services.filter { scraped.contains($0.name) }.compactMap { service in
            packDashboards[service.name] ?? ServiceOverviewDashboard.dashboard(for: service, at: stack.location)
        }
        return dashboards
    }
}

extension ResolvedDashboard {
    /// The dashboard with every location (its own, its rows', panels', targets' and variables') set to
    /// `location`, for dashboards the compiler wrote on the user's behalf.
    func relocated(to location: SourceLocation) -> ResolvedDashboard {
        func relocate(_ panel: ResolvedPanel) -> ResolvedPanel {
            var panel = panel
            panel.panel.location = location
            panel.targets = panel.targets.map { target in
                var target = target
                target.location = location
                if case .promQL(var expression) = target.language {
                    expression.location = location
                    target.language = .promQL(expression)
                }
                return target
            }
            return panel
        }
        var copy = self
        copy.location = location
        copy.variables = variables.map { variable in
            var variable = variable
            variable.variable.location = location
            variable.expression?.location = location
            return variable
        }
        copy.items = items.map { item in
            switch item {
            case .panel(let panel):
                return .panel(relocate(panel))
            case .row(var row):
                row.location = location
                row.panels = row.panels.map(relocate)
                return .row(row)
            }
        }
        return copy
    }
}
