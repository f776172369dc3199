/// Field options that apply to some of a panel's fields (series) only, e.g. the errors in red.
///
/// ```swift
/// TimeSeries("Requests") { ... }
///     .override(.name("errors"), .color(.red), .unit(.percentUnit))
/// ```
public struct Override: Hashable, Sendable {
    /// The fields it applies to.
    public let matcher: FieldMatcher
    /// What it changes, in order.
    public let properties: [OverrideProperty]

    /// A value of these fields.
    package init(matcher: FieldMatcher, properties: [OverrideProperty]) {
        self.matcher = matcher
        self.properties = properties
    }
}

/// Which fields an ``Override`` applies to.
public enum FieldMatcher: Hashable, Sendable {
    /// The field with this display name (often the legend text).
    case name(String)
    /// The fields whose display name matches a regular expression.
    case regex(String)
    /// The fields of one value type.
    case type(FieldType)

    /// The value types of fields.
    public enum FieldType: String, Hashable, Sendable {
        case number, string, time, boolean
    }
}

/// One field option an ``Override`` sets.
public enum OverrideProperty: Hashable, Sendable {
    case unit(Unit)
    case decimals(Int)
    case min(Double)
    case max(Double)
    /// The name in legends and tooltips.
    case displayName(String)
    /// A fixed colour.
    case color(PanelColor)
    case thresholds(Thresholds)
    case mappings([ValueMapping])
    case links([DataLink])
    /// Hides the fields from the visualisation, the legend and the tooltip (for series only used in
    /// calculations).
    case hidden
}
