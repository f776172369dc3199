/// The options of Grafana's `table` panel: what ``PanelKind`` carries for it; written with `Table` in the
/// DSL, which names them `Table.Options`.
public struct TableOptions: Hashable, Sendable {
    /// Whether the column names are shown.
    public var showsHeader: Bool
    /// The column the rows are sorted by, if any.
    public var sortBy: String?
    /// Whether that column sorts descending.
    public var descending: Bool

    /// Options with every value given.
    public init(showsHeader: Bool, sortBy: String?, descending: Bool) {
        self.showsHeader = showsHeader
        self.sortBy = sortBy
        self.descending = descending
    }
}
