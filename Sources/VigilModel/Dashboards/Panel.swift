/// A panel of a dashboard, whatever its visualisation: what ``Row`` and ``Dashboard`` bodies collect and
/// what the compiler reads. Panels are written with their own types (``TimeSeries``, ``Stat``, ``Heatmap``,
/// ...) and adjusted with the modifiers of ``DashboardPanel``.
public struct Panel: Sendable {
    /// The visualisation and its own options.
    public var kind: PanelKind {
        get { storage.value.kind }
        set { storage.value.kind = newValue }
    }
    /// The title.
    public var title: String {
        get { storage.value.title }
        set { storage.value.title = newValue }
    }
    /// Shown in the panel's info tooltip.
    public var description: String? {
        get { storage.value.description }
        set { storage.value.description = newValue }
    }
    /// The queries, in order; their refIds follow this order (A, B, ...).
    public var queries: [Query] {
        get { storage.value.queries }
        set { storage.value.queries = newValue }
    }
    /// The legend format of queries without their own.
    public var legendFormat: String? {
        get { storage.value.legendFormat }
        set { storage.value.legendFormat = newValue }
    }
    /// How values are formatted and coloured.
    public var field: FieldOptions {
        get { storage.value.field }
        set { storage.value.field = newValue }
    }
    /// Field options for some fields only, in order.
    public var overrides: [Override] {
        get { storage.value.overrides }
        set { storage.value.overrides = newValue }
    }
    /// The width in grid columns (1 to 24); chosen by the layout when `nil`.
    public var width: Int? {
        get { storage.value.width }
        set { storage.value.width = newValue }
    }
    /// The height in grid rows; chosen by the panel kind when `nil`.
    public var height: Int? {
        get { storage.value.height }
        set { storage.value.height = newValue }
    }
    /// Where the panel was declared.
    public var location: SourceLocation {
        get { storage.value.location }
        set { storage.value.location = newValue }
    }

    /// What a panel holds. A panel is copied many times on its way from the specs to the dashboard JSON
    /// (builders, layout, validation, emission), so its fields live in one shared box: 11% of the dashboard
    /// workload's CPU time (``CopyOnWriteBox`` has the figures).
    private struct Fields: Sendable {
        var kind: PanelKind
        var title: String
        var description: String?
        var queries: [Query]
        var legendFormat: String?
        var field: FieldOptions
        var overrides: [Override] = []
        var width: Int?
        var height: Int?
        var location: SourceLocation
    }

    private var storage: CopyOnWrite<Fields>

    /// A panel of `kind`, for the panel types' initialisers.
    package init(_ kind: PanelKind, _ title: String, unit: Unit?, queries: [Query], location: SourceLocation) {
        storage = CopyOnWrite(
            Fields(kind: kind, title: title, queries: queries, field: FieldOptions(unit: unit), location: location))
    }
}
