import VigilModel

/// A row of a ``DashboardOutline``: a titled group of panels across the dashboard's width.
struct PanelRow {
    /// The title.
    var title: String
    /// Whether the row starts folded, its panels not queried until opened.
    var collapsed: Bool
    /// The panels, left to right, then top to bottom.
    var panels: [Panel]
    /// Where the row was declared.
    var location: SourceLocation
}
