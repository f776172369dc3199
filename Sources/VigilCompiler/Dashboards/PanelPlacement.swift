import VigilModel

/// Places a dashboard's panels and rows in reading order, handing out panel ids (1, 2, ...) and grid rows
/// as it goes.
struct PanelPlacement {
    /// The data source variables of the dashboard, by kind: panels of that kind query `${name}`.
    let references: [DatasourceKind: String]
    /// The id of the next panel or row.
    var nextID = 1
    /// The first free grid row.
    var y = 0

    /// Panels outside rows, laid out from the first free grid row.
    mutating func place(_ panels: [Panel]) -> [ResolvedPanel] {
        let (positions, end) = DashboardLayout.place(panels, from: y)
        y = end
        return zip(panels, positions).map { resolve($0, at: $1) }
    }

    /// A row header across the grid, its panels below it; a collapsed row's panels take no room until opened.
    mutating func place(_ row: PanelRow) -> ResolvedRow {
        let id = take()
        let top = y
        let (positions, end) = DashboardLayout.place(row.panels, from: top + 1)
        y = row.collapsed ? top + 1 : end
        let panels = zip(row.panels, positions).map { resolve($0, at: $1) }
        return ResolvedRow(
            id: id, title: row.title, collapsed: row.collapsed, y: top, panels: panels, location: row.location)
    }

    mutating func resolve(_ panel: Panel, at position: GridPosition) -> ResolvedPanel {
        let datasource = panel.kind.datasource.map {
            DatasourceReference(kind: $0, uid: references[$0] ?? $0.uid)
        }
        return ResolvedPanel(
            id: take(), position: position, panel: panel, datasource: datasource,
            targets: TargetLowering.targets(of: panel))
    }

    mutating func take() -> Int {
        defer { nextID += 1 }
        return nextID
    }
}
