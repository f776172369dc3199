import VigilCore

/// One query of a panel after lowering.
public struct ResolvedTarget: Sendable {
    /// How Grafana shapes the result.
    public enum Format: String, Sendable {
        case timeSeries = "time_series"
        case table
        case heatmap
    }

    /// The query language and what the compiler knows of the query.
    public enum Language: Sendable {
        /// PromQL: the tree checked against the declared metrics (for text with Grafana variables, the tree
        /// of the text with placeholders in their place).
        case promQL(ResolvedExpression)
        /// LogQL, checked for variables only.
        case logQL
    }

    /// The query id within the panel: A, B, ..., Z, AA, ...
    public var refID: String
    /// The query text Grafana runs.
    public var text: String
    /// PromQL or LogQL.
    public var language: Language
    /// The legend format; Grafana's automatic legend when `nil`.
    public var legendFormat: String?
    /// Whether it is evaluated at the end of the range only.
    public var instant: Bool
    /// How Grafana shapes the result.
    public var format: Format
    /// Where it was written.
    public var location: SourceLocation

    /// A value of these fields.
    package init(
        refID: String, text: String, language: Language, legendFormat: String? = nil, instant: Bool, format: Format,
        location: SourceLocation
    ) {
        self.refID = refID
        self.text = text
        self.language = language
        self.legendFormat = legendFormat
        self.instant = instant
        self.format = format
        self.location = location
    }
}
