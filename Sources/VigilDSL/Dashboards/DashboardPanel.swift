/// A panel type (``TimeSeries``, ``Stat``, ``GaugePanel``, ...): a statement of a ``Dashboard`` or ``Row`` body, adjusted
/// with modifiers that each return a changed copy:
///
/// ```swift
/// Stat("Error ratio", unit: .percentUnit) { errors / total }
///     .decimals(2)
///     .thresholds(Thresholds(.green, .at(0.01, .orange), .at(0.05, .red)))
///     .size(width: 6, height: 4)
/// ```
public protocol DashboardPanel: Sendable {
    /// The panel, as the compiler reads it.
    var panel: Panel { get set }
}

extension DashboardPanel {
    /// The text of the panel's info tooltip.
    public func description(_ text: String) -> Self { with { $0.description = text } }

    /// The legend format of the queries that have none, e.g. `{{method}} {{status}}`.
    public func legendFormat(_ format: String) -> Self { with { $0.legendFormat = format } }

    /// How many decimals values show.
    public func decimals(_ count: Int) -> Self { with { $0.field.decimals = count } }

    /// The lowest value of the axis or gauge.
    public func min(_ value: Double) -> Self { with { $0.field.min = value } }

    /// The highest value of the axis or gauge.
    public func max(_ value: Double) -> Self { with { $0.field.max = value } }

    /// The colours by value.
    public func thresholds(_ thresholds: Thresholds) -> Self { with { $0.field.thresholds = thresholds } }

    /// Text and colours shown instead of some values.
    public func mappings(_ mappings: ValueMapping...) -> Self { with { $0.field.mappings += mappings } }

    /// Links on the panel's values.
    public func links(_ links: DataLink...) -> Self { with { $0.field.links += links } }

    /// The text shown when there is no value.
    public func noValue(_ text: String) -> Self { with { $0.field.noValue = text } }

    /// Field options for the fields `matcher` selects.
    public func override(_ matcher: FieldMatcher, _ properties: OverrideProperty...) -> Self {
        with { $0.overrides.append(Override(matcher: matcher, properties: properties)) }
    }

    /// An explicit size in grid units: `width` of Grafana's 24 columns, `height` in rows of 30 pixels. The
    /// layout picks what is left `nil`.
    public func size(width: Int? = nil, height: Int? = nil) -> Self {
        with {
            $0.width = width ?? $0.width
            $0.height = height ?? $0.height
        }
    }

    func with(_ change: (inout Panel) -> Void) -> Self {
        var copy = self
        change(&copy.panel)
        return copy
    }
}

extension ListBuilder where Element == Panel {
    /// A panel statement.
    public static func buildExpression(_ panel: some DashboardPanel) -> [Panel] { [panel.panel] }
}
