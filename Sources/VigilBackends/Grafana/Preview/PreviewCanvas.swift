import VigilModel

/// The geometry of a preview: Grafana's 24-column grid drawn 40 pixels a column and 30 pixels a grid row (the
/// height Grafana gives a row of its grid), below a header with the dashboard's title, with a margin around.
struct PreviewCanvas: Hashable {
    /// The width of a grid column, in pixels.
    static let columnWidth = 40
    /// The height of a grid row, in pixels.
    static let rowHeight = 30
    /// The space around the grid.
    static let margin = 8
    /// The height of the header above the grid.
    static let headerHeight = 40
    /// The space between neighbouring boxes: each box gives up half of it on each side.
    static let gutter = 4

    /// The number of grid rows drawn.
    var gridRows: Int

    /// The width of the image.
    var width: Int { GridPosition.columns * Self.columnWidth + 2 * Self.margin }
    /// The height of the image.
    var height: Int { Self.headerHeight + gridRows * Self.rowHeight + Self.margin }

    /// The canvas of `dashboard`: as many grid rows as reach its lowest drawn box (none for an empty one).
    init(_ dashboard: ResolvedDashboard) {
        gridRows = dashboard.items.lazy.map { item in
            switch item {
            case .panel(let panel): panel.position.y + panel.position.height
            case .row(let row) where row.collapsed: row.y + 1
            case .row(let row): row.panels.lazy.map { $0.position.y + $0.position.height }.reduce(row.y + 1, Swift.max)
            }
        }
        .reduce(0, Swift.max)
    }

    /// The box drawn for what sits at `position`, the gutter taken off.
    func frame(of position: GridPosition) -> PreviewRect {
        PreviewRect(
            x: Self.margin + position.x * Self.columnWidth, y: Self.headerHeight + position.y * Self.rowHeight,
            width: position.width * Self.columnWidth, height: position.height * Self.rowHeight
        )
        .inset(by: Self.gutter / 2)
    }
}
