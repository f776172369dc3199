/// Where a panel sits on Grafana's grid: 24 columns, rows of 30 pixels, origin top left.
public struct GridPosition: Hashable, Sendable {
    /// The number of columns of Grafana's grid.
    public static let columns = 24

    /// The first column, 0 to 23.
    public var x: Int
    /// The first row.
    public var y: Int
    /// The width in columns.
    public var width: Int
    /// The height in rows.
    public var height: Int

    /// A position.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Whether two panels cover a common cell.
    public func overlaps(_ other: GridPosition) -> Bool {
        x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
    }
}
