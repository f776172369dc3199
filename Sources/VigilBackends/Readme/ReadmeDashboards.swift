import VigilModel

/// The README's catalogue of the Grafana dashboards: a table of title, folder, panel count and file, then each
/// dashboard's panels by row.
enum ReadmeDashboards {
    static func lines(_ stack: ResolvedStack) -> [String] {
        guard !stack.dashboards.isEmpty else { return [] }
        let rows = stack.dashboards.map { dashboard in
            [
                Markdown.text(dashboard.title), Markdown.text(dashboard.folder), "\(dashboard.panels.count)",
                Markdown.code(dashboard.path),
            ]
        }
        return [
            "## Dashboards",
            "",
            "Grafana loads them from `grafana/dashboards/` through the provisioning in `grafana/provisioning/`; each",
            "uid is stable, so links to a dashboard survive regeneration.",
            "",
        ] + Markdown.table(["dashboard", "folder", "panels", "file"], rows) + stack.dashboards.flatMap(panels)
    }

    /// A dashboard's panels, a line per row (or loose panel): `- **Traffic**: Request rate (timeseries), ...`.
    static func panels(_ dashboard: ResolvedDashboard) -> [String] {
        func titles(_ panels: [ResolvedPanel]) -> String {
            panels.map { "\(Markdown.text($0.panel.title)) (\($0.panel.kind.pluginID))" }.joined(separator: ", ")
        }
        let items = dashboard.items.map { item in
            switch item {
            case .panel(let panel): "- " + titles([panel])
            case .row(let row): "- **\(Markdown.text(row.title))**: " + titles(row.panels)
            }
        }
        return ["", "### \(Markdown.text(dashboard.title))", ""] + items
    }
}
