import VigilDSL

extension DashboardOutline {
    /// The outline of a dashboard a spec declares: its variables, then its panels and rows in the order written.
    init(_ dashboard: Dashboard) {
        self.init(
            title: dashboard.title, folder: dashboard.folder, uid: dashboard.uid, tags: dashboard.tags,
            description: dashboard.description, time: dashboard.time, refresh: dashboard.refresh,
            links: dashboard.links, variables: dashboard.variables,
            items: dashboard.elements.compactMap { element in
                switch element {
                case .panel(let panel): .panel(panel)
                case .row(let row):
                    .row(
                        PanelRow(title: row.title, collapsed: row.collapsed, panels: row.panels, location: row.location)
                    )
                case .variable: nil
                }
            },
            location: dashboard.location)
    }
}
