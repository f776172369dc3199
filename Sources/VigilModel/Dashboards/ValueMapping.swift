/// Text and colour shown instead of some values, e.g. `1` as "Up" in green.
///
/// ```swift
/// Stat("Backend", unit: .number) { PrometheusServerMetrics.up.job("backend") }
///     .mappings(.value("1", text: "Up", color: .green), .value("0", text: "Down", color: .red))
/// ```
public struct ValueMapping: Hashable, Sendable {
    /// Which values a mapping applies to.
    public enum Match: Hashable, Sendable {
        /// One value, as text.
        case value(String)
        /// The values from `from` to `to`, either end open when `nil`.
        case range(from: Double?, to: Double?)
        /// The text values matching a regular expression.
        case regex(String)
        /// A special value: null, NaN, empty, true or false.
        case special(SpecialValue)
    }

    /// The values Grafana can match besides numbers and text.
    public enum SpecialValue: String, Hashable, Sendable {
        case null, nan, empty, `true`, `false`
        /// Null or NaN.
        case nullOrNaN = "null+nan"
    }

    /// The values it applies to.
    public let match: Match
    /// The text shown instead; the value itself when `nil`.
    public let text: String?
    /// The colour of the mapped values; the thresholds' colour when `nil`.
    public let color: PanelColor?

    /// Maps one value.
    public static func value(_ value: String, text: String? = nil, color: PanelColor? = nil) -> ValueMapping {
        ValueMapping(match: .value(value), text: text, color: color)
    }

    /// Maps a range of values; a `nil` end is open.
    public static func range(from: Double?, to: Double?, text: String? = nil, color: PanelColor? = nil) -> ValueMapping
    {
        ValueMapping(match: .range(from: from, to: to), text: text, color: color)
    }

    /// Maps the text values matching `pattern`.
    public static func regex(_ pattern: String, text: String? = nil, color: PanelColor? = nil) -> ValueMapping {
        ValueMapping(match: .regex(pattern), text: text, color: color)
    }

    /// Maps a special value, e.g. `.special(.null, text: "no data")`.
    public static func special(_ value: SpecialValue, text: String? = nil, color: PanelColor? = nil) -> ValueMapping {
        ValueMapping(match: .special(value), text: text, color: color)
    }
}
