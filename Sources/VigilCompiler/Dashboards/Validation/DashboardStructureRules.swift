import VigilDSL

/// Rules on dashboards themselves: uids and folders, panel sizes and order, data sources, and the values of
/// thresholds, colours and ranges.
enum DashboardStructureRules {
    static let all: [ValidationRule] = [
        ValidationRule("dashboards have unique titles per folder, valid uids and folders", check: identities),
        ValidationRule("panels fit the grid and follow Grafana's row order", check: layout),
        ValidationRule("panels query provisioned data sources", check: datasources),
        ValidationRule("thresholds, colours, ranges and refresh intervals are well formed", check: fieldValues),
    ]

    /// Grafana's default `min_refresh_interval`: shorter refreshes are raised to it.
    static let minimumRefresh = Duration.seconds(5)

    static func identities(_ stack: ResolvedStack) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byTitle: [String: ResolvedDashboard] = [:]
        var byUID: [String: ResolvedDashboard] = [:]
        for dashboard in stack.dashboards {
            let key = "\(dashboard.folder)/\(dashboard.title)"
            if let first = byTitle[key] {
                diagnostics.append(
                    .error(
                        "duplicate-dashboard",
                        "dashboard '\(dashboard.title)' is declared twice in folder '\(dashboard.folder)'",
                        at: dashboard.location,
                        hint:
                            "the first is at \(first.location.fileID):\(first.location.line); rename one or file it in another folder"
                    ))
            } else if let first = byUID[dashboard.uid] {
                diagnostics.append(
                    .error(
                        "duplicate-dashboard-uid",
                        "dashboards '\(first.title)' and '\(dashboard.title)' both have uid '\(dashboard.uid)'",
                        at: dashboard.location,
                        hint: "give one an explicit uid: Dashboard(\"\(dashboard.title)\", uid: ...)"))
            }
            byTitle[key] = byTitle[key] ?? dashboard
            byUID[dashboard.uid] = byUID[dashboard.uid] ?? dashboard
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

    /// A folder name is also a directory name under `grafana/dashboards/`.
    static func isValidFolder(_ folder: String) -> Bool {
        !folder.isEmpty && !folder.hasPrefix(".") && !folder.contains("/") && !folder.contains("\\")
            && !folder.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    static func layout(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.dashboards.flatMap { dashboard -> [Diagnostic] in
            var diagnostics: [Diagnostic] = []
            for panel in dashboard.panels.map(\.panel) {
                if let width = panel.width, !(1...DashboardLayout.columns).contains(width) {
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
    }

    static func datasources(_ stack: ResolvedStack) -> [Diagnostic] {
        let provisioned = Set(stack.datasources.map(\.kind))
        return stack.dashboards.flatMap { dashboard -> [Diagnostic] in
            let panels = dashboard.panels.compactMap { panel in
                panel.datasource.map { ($0.kind, "panel '\(panel.panel.title)'", panel.panel.location) }
            }
            let variables = dashboard.variables.compactMap { variable -> (DatasourceKind, String, SourceLocation)? in
                guard case .datasource(let kind) = variable.variable.source else { return nil }
                return (kind, "variable '\(variable.variable.name)'", variable.variable.location)
            }
            return (panels + variables).filter { !provisioned.contains($0.0) }.map { kind, subject, location in
                Diagnostic.error(
                    "missing-datasource",
                    "\(subject) needs a \(kind.displayName) data source, which the stack does not deploy",
                    at: location,
                    hint: "the stack provisions \(stack.datasources.map(\.kind.displayName).joined(separator: ", "))")
            }
        }
    }

    static func fieldValues(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.dashboards.flatMap { dashboard -> [Diagnostic] in
            var diagnostics: [Diagnostic] = []
            if let refresh = dashboard.refresh, refresh < minimumRefresh {
                diagnostics.append(
                    .warning(
                        "refresh-too-fast", "dashboard '\(dashboard.title)' refreshes every \(refresh)",
                        at: dashboard.location, hint: "Grafana refreshes at most every \(minimumRefresh) by default"))
            }
            for panel in dashboard.panels.map(\.panel) {
                var thresholds = panel.field.thresholds.map { [$0] } ?? []
                var colors: [PanelColor] = panel.field.mappings.compactMap(\.color)
                for property in panel.overrides.lazy.flatMap(\.properties) {
                    switch property {
                    case .thresholds(let overridden): thresholds.append(overridden)
                    case .mappings(let mappings): colors += mappings.compactMap(\.color)
                    case .color(let color): colors.append(color)
                    default: break
                    }
                }
                for steps in thresholds.map(\.steps)
                where zip(steps, steps.dropFirst()).contains(where: { $0.value >= $1.value }) {
                    diagnostics.append(
                        .error(
                            "thresholds-not-ascending",
                            "the threshold steps of panel '\(panel.title)' do not ascend: \(steps.map { "\($0.value)" }.joined(separator: ", "))",
                            at: panel.location, hint: "list the steps from the lowest value to the highest"))
                }
                if let min = panel.field.min, let max = panel.field.max, min >= max {
                    diagnostics.append(
                        .error(
                            "min-above-max", "panel '\(panel.title)' has min \(min) not below max \(max)",
                            at: panel.location))
                }
                for color in thresholds.flatMap({ [$0.base] + $0.steps.map(\.color) }) + colors {
                    guard case .hex(let code) = color, !isHexColor(code) else { continue }
                    diagnostics.append(
                        .error(
                            "invalid-color", "panel '\(panel.title)' uses colour '\(code)'", at: panel.location,
                            hint: "write #RGB, #RRGGBB or #RRGGBBAA"))
                }
                if panel.queries.isEmpty, TargetLowering.datasource(of: panel.kind) == .prometheus {
                    diagnostics.append(
                        .warning("empty-panel", "panel '\(panel.title)' has no query", at: panel.location))
                }
            }
            return diagnostics
        }
    }

    static func isHexColor(_ code: String) -> Bool {
        code.hasPrefix("#") && [4, 7, 9].contains(code.count) && code.dropFirst().allSatisfy(\.isHexDigit)
    }
}
