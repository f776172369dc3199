import VigilCore

/// Rules on dashboards themselves: uids and folders, panel sizes and order, data sources, and the values of
/// thresholds, colours and ranges.
package enum DashboardStructureRules {
    package static let all: [ValidationRule] = [
        ValidationRule("dashboards have unique titles per folder, valid uids and folders", check: identities),
        ValidationRule("panels fit the grid and follow Grafana's row order", eachDashboard: layout),
        ValidationRule("panels query provisioned data sources", eachDashboard: datasources),
        ValidationRule("thresholds, colours, ranges and refresh intervals are well formed", eachDashboard: fieldValues),
    ]

    /// Grafana's default `min_refresh_interval`: shorter refreshes are raised to it.
    static let minimumRefresh = Duration.seconds(5)

    static func identities(_ stack: ResolvedStack) -> [Diagnostic] {
        var diagnostics = duplicates(stack.dashboards)
        for dashboard in stack.dashboards {
            if !DashboardUID.isValid(dashboard.uid) {
                diagnostics.append(
                    .error(
                        "invalid-dashboard-uid", "dashboard uid '\(dashboard.uid)' is not valid",
                        at: dashboard.location,
                        hint: "a uid has 1 to \(DashboardUID.maximumLength) of A-Z a-z 0-9 - _"))
            }
            // The default folder is the stack's name, which the naming rules check.
            if dashboard.folder != stack.name, !isValidFolder(dashboard.folder) {
                diagnostics.append(
                    .error(
                        "invalid-folder",
                        "folder '\(dashboard.folder)' of dashboard '\(dashboard.title)' is not a usable folder name",
                        at: dashboard.location,
                        hint: "a folder name is not empty, has no '/' or '\\', and does not start with '.'"))
            }
        }
        return diagnostics
    }

    /// A dashboard with the folder and title of an earlier one, or else with its uid.
    static func duplicates(_ dashboards: [ResolvedDashboard]) -> [Diagnostic] {
        let numbered = Array(dashboards.enumerated())
        let sameTitle = DuplicateNames.find(numbered) { "\($0.element.folder)/\($0.element.title)" }
        let retitled = Set(sameTitle.map(\.duplicate.offset))
        let sameUID = DuplicateNames.find(numbered, by: \.element.uid).filter {
            !retitled.contains($0.duplicate.offset)
        }
        let titles = sameTitle.map { copy, first in
            Diagnostic.error(
                "duplicate-dashboard",
                "dashboard '\(copy.element.title)' is declared twice in folder '\(copy.element.folder)'",
                at: copy.element.location,
                hint: DuplicateNames.hint(first: first.element.location, "rename one or file it in another folder"))
        }
        let uids = sameUID.map { copy, first in
            Diagnostic.error(
                "duplicate-dashboard-uid",
                "dashboards '\(first.element.title)' and '\(copy.element.title)' both have uid '\(copy.element.uid)'",
                at: copy.element.location,
                hint: "give one an explicit uid: Dashboard(\"\(copy.element.title)\", uid: ...)")
        }
        return titles + uids
    }

    /// A folder name is also a directory name under `grafana/dashboards/`.
    static func isValidFolder(_ folder: String) -> Bool {
        !folder.isEmpty && !folder.hasPrefix(".") && !folder.contains("/") && !folder.contains("\\")
            && !folder.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    static func layout(_ dashboard: ResolvedDashboard, in _: StackRuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        dashboard.forEachPanel { resolved in
            let panel = resolved.panel
            if let width = panel.width, !(1...GridPosition.columns).contains(width) {
                diagnostics.append(
                    .error(
                        "panel-size", "panel '\(panel.title)' is \(width) columns wide; Grafana's grid has 1 to 24",
                        at: panel.location, hint: "use a width from 1 to 24, or leave it to the layout"))
            }
            if let height = panel.height, height < 1 {
                diagnostics.append(
                    .error(
                        "panel-size", "panel '\(panel.title)' is \(height) rows high; a panel is at least 1 high",
                        at: panel.location))
            }
        }
        var rowSeen: ResolvedRow?
        for item in dashboard.items {
            switch item {
            case .row(let row): rowSeen = row
            case .panel(let panel):
                guard let row = rowSeen else { continue }
                diagnostics.append(
                    .error(
                        "panel-after-row",
                        "panel '\(panel.panel.title)' follows row '\(row.title)' outside it; Grafana would show it in that row",
                        at: panel.panel.location, hint: "put it inside a Row, or before the first row"))
            }
        }
        return diagnostics
    }

    static func datasources(_ dashboard: ResolvedDashboard, in context: StackRuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ kind: DatasourceKind, of subject: @autoclosure () -> String, at location: SourceLocation) {
            guard !context.provisioned.contains(kind) else { return }
            let provisioned = context.stack.datasources.map(\.kind.displayName).joined(separator: ", ")
            diagnostics.append(
                .error(
                    "missing-datasource",
                    "\(subject()) needs a \(kind.displayName) data source, which the stack does not deploy",
                    at: location, hint: "the stack provisions \(provisioned)"))
        }
        dashboard.forEachPanel { panel in
            guard let datasource = panel.datasource else { return }
            check(datasource.kind, of: "panel '\(panel.panel.title)'", at: panel.panel.location)
        }
        for resolved in dashboard.variables {
            guard case .datasource(let kind) = resolved.variable.source else { continue }
            check(kind, of: "variable '\(resolved.variable.name)'", at: resolved.variable.location)
        }
        return diagnostics
    }

    static func fieldValues(_ dashboard: ResolvedDashboard, in _: StackRuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let refresh = dashboard.refresh, refresh < minimumRefresh {
            diagnostics.append(
                .warning(
                    "refresh-too-fast", "dashboard '\(dashboard.title)' refreshes every \(refresh)",
                    at: dashboard.location, hint: "Grafana refreshes at most every \(minimumRefresh) by default"))
        }
        dashboard.forEachPanel { resolved in
            diagnostics += fieldValueProblems(of: resolved.panel)
        }
        return diagnostics
    }

    /// The problems of one panel's thresholds, colours and range: thresholds first, then the range, then the
    /// colours of its thresholds and of its value mappings and overrides, each in the order written.
    static func fieldValueProblems(of panel: Panel) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let field = panel.field
        let overridden = panel.overrides.lazy.flatMap(\.properties)
        var thresholds: [Thresholds] = field.thresholds.map { [$0] } ?? []
        for case .thresholds(let overriddenThresholds) in overridden {
            thresholds.append(overriddenThresholds)
        }
        for steps in thresholds.lazy.map(\.steps)
        where zip(steps, steps.dropFirst()).contains(where: { $0.value >= $1.value }) {
            diagnostics.append(
                .error(
                    "thresholds-not-ascending",
                    "the threshold steps of panel '\(panel.title)' do not ascend: \(steps.map { "\($0.value)" }.joined(separator: ", "))",
                    at: panel.location, hint: "list the steps from the lowest value to the highest"))
        }
        if let min = field.min, let max = field.max, min >= max {
            diagnostics.append(
                .error(
                    "min-above-max", "panel '\(panel.title)' has min \(min) not below max \(max)", at: panel.location))
        }
        func check(_ color: PanelColor?) {
            guard case .hex(let code) = color, !isHexColor(code) else { return }
            diagnostics.append(
                .error(
                    "invalid-color", "panel '\(panel.title)' uses colour '\(code)'", at: panel.location,
                    hint: "write #RGB, #RRGGBB or #RRGGBBAA"))
        }
        for threshold in thresholds {
            check(threshold.base)
            for step in threshold.steps { check(step.color) }
        }
        for mapping in field.mappings { check(mapping.color) }
        for property in overridden {
            switch property {
            case .mappings(let mappings): for mapping in mappings { check(mapping.color) }
            case .color(let color): check(color)
            default: break
            }
        }
        if panel.queries.isEmpty, panel.kind.datasource == .prometheus {
            diagnostics.append(.warning("empty-panel", "panel '\(panel.title)' has no query", at: panel.location))
        }
        return diagnostics
    }

    static func isHexColor(_ code: String) -> Bool {
        code.hasPrefix("#") && [4, 7, 9].contains(code.count) && code.dropFirst().allSatisfy(\.isHexDigit)
    }
}
