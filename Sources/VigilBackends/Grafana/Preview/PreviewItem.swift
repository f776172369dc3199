import VigilModel

/// Something a preview draws on the grid: a panel's box or a row's header.
enum PreviewItem: Hashable {
    /// A loose panel, or a panel of an open row.
    case panel(PreviewPanel)
    /// A row's header.
    case row(PreviewRow)

    /// What the previews of `dashboard` draw, in drawing order: each loose panel, each row's header followed by
    /// its panels when it is open (a collapsed row's panels are not drawn: Grafana shows them only when the row
    /// is opened).
    static func items(of dashboard: ResolvedDashboard) -> [PreviewItem] {
        var items: [PreviewItem] = []
        for item in dashboard.items {
            switch item {
            case .panel(let panel):
                items.append(.panel(PreviewPanel(panel)))
            case .row(let row):
                items.append(.row(PreviewRow(row)))
                if !row.collapsed {
                    items += row.panels.lazy.map { .panel(PreviewPanel($0)) }
                }
            }
        }
        return items
    }
}
