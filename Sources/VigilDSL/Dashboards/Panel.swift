/// A panel of a dashboard, whatever its visualisation: what ``Row`` and ``Dashboard`` bodies collect and
/// what the compiler reads. Panels are written with their own types (``TimeSeries``, ``Stat``, ``Heatmap``,
/// ...) and adjusted with the modifiers of ``DashboardPanel``.
public struct Panel: Sendable {
    /// The visualisation and its own options.
    public var kind: PanelKind
    /// The title.
    public var title: String
    /// Shown in the panel's info tooltip.
    public var description: String?
    /// The queries, in order; their refIds follow this order (A, B, ...).
    public var queries: [Query]
    /// The legend format of queries without their own.
    public var legendFormat: String?
    /// How values are formatted and coloured.
    public var field: FieldOptions
    /// Field options for some fields only, in order.
    public var overrides: [Override] = []
    /// The width in grid columns (1 to 24); chosen by the layout when `nil`.
    public var width: Int?
    /// The height in grid rows; chosen by the panel kind when `nil`.
    public var height: Int?
    /// Where the panel was declared.
    public var location: SourceLocation

    /// A panel of `kind`, for the panel types' initialisers.
    init(_ kind: PanelKind, _ title: String, unit: Unit?, queries: [Query], location: SourceLocation) {
        self.kind = kind
        self.title = title
        self.queries = queries
        self.field = FieldOptions(unit: unit)
        self.location = location
    }
}
