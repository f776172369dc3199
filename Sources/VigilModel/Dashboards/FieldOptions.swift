/// How a panel formats and colours its values: Grafana's field configuration defaults, which overrides
/// change for some fields.
public struct FieldOptions: Hashable, Sendable {
    /// The unit values are formatted in.
    public var unit: Unit?
    /// How many decimals to show; Grafana picks when `nil`.
    public var decimals: Int?
    /// The lowest value of the axis or gauge; the data's when `nil`.
    public var min: Double?
    /// The highest value of the axis or gauge; the data's when `nil`.
    public var max: Double?
    /// The colours by value.
    public var thresholds: Thresholds?
    /// The value mappings, in order.
    public var mappings: [ValueMapping] = []
    /// The links on the values.
    public var links: [DataLink] = []
    /// The text shown when there is no value.
    public var noValue: String?
}
