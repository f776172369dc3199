import VigilModel

/// The README's catalogue of the Grafana dashboards: a table of title, folder, panel count and file, then each
/// dashboard's panels by row, under the preview of its layout when the stack has the Grafana target.
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
        ] + previewNote(stack) + [""] + Markdown.table(["dashboard", "folder", "panels", "file"], rows)
            + stack.dashboards.flatMap { panels($0, preview: stack.targets.contains(.grafana)) }
    }

    /// The sentence on the previews, when the stack has them.
    static func previewNote(_ stack: ResolvedStack) -> [String] {
        guard stack.targets.contains(.grafana) else { return [] }
        return [
            "Each dashboard's layout is drawn below as `grafana/previews/<uid>.svg`: its rows, panels, kinds, units,",
            "thresholds and legends where Grafana puts them, so that a layout change shows in review. For viewers",
            "that do not show SVG, `<uid>.png` beside it is the same layout, smaller and without text.",
        ]
    }

    /// A dashboard's panels, a line per row (or loose panel): `- **Traffic**: Request rate (timeseries), ...`,
    /// under the image of its layout and a link to its PNG when `preview` is set.
    static func panels(_ dashboard: ResolvedDashboard, preview: Bool) -> [String] {
        func titles(_ panels: [ResolvedPanel]) -> String {
            panels.map { "\(Markdown.text($0.panel.title)) (\($0.panel.kind.pluginID))" }.joined(separator: ", ")
        }
        let items = dashboard.items.map { item in
            switch item {
            case .panel(let panel): "- " + titles([panel])
            case .row(let row): "- **\(Markdown.text(row.title))**: " + titles(row.panels)
            }
        }
        let image =
            preview
            ? [
                "![The layout of \(Markdown.text(dashboard.title))](\(dashboard.previewPath))",
                "(PNG: [\(dashboard.uid).png](\(dashboard.thumbnailPath)))", "",
            ] : []
        return ["", "### \(Markdown.text(dashboard.title))", ""] + image + items
    }
}
