import VigilCore

/// A panel after lowering: its id, its place on the grid, its data source and its queries with refIds.
public struct ResolvedPanel: Sendable {
    /// The panel id, unique in its dashboard.
    public var id: Int
    /// Where it sits.
    public var position: GridPosition
    /// The panel as written: kind, title, field options, overrides.
    public var panel: Panel
    /// The data source its queries run on; `nil` for a text panel.
    public var datasource: DatasourceReference?
    /// Its queries, with refIds A, B, ... in order.
    public var targets: [ResolvedTarget]

    /// A value of these fields.
    package init(
        id: Int, position: GridPosition, panel: Panel, datasource: DatasourceReference? = nil, targets: [ResolvedTarget]
    ) {
        self.id = id
        self.position = position
        self.panel = panel
        self.datasource = datasource
        self.targets = targets
    }
}
