/// A dashboard template variable: a value chosen at the top of the dashboard, which queries use as `$name`.
///
/// ```swift
/// Dashboard("API") {
///     Variable("handler", .labelValues(.handler, of: requests), multi: true, includeAll: true)
///     TimeSeries("Requests") { sum(rate(requests.where(.handler, matches: "$handler"), over: .minutes(5))) }
/// }
/// ```
/// Every `$name` a query uses must be a declared variable (or one of Grafana's own, such as
/// `$__rate_interval`).
public struct Variable: Sendable {
    /// The name queries use after `$`.
    public let name: String
    /// Where its values come from.
    public let source: VariableSource
    /// The text in front of the selector; the name when `nil`.
    public let label: String?
    /// Whether several values can be chosen at once (queries then need `=~`).
    public let multi: Bool
    /// Whether an "All" option is offered, which matches every value (`.*`).
    public let includeAll: Bool
    /// Whether the selector is hidden from the dashboard's header.
    public let hidden: Bool
    /// Where the variable was declared.
    public var location: SourceLocation

    /// Declares a variable.
    public init(
        _ name: String, _ source: VariableSource, label: String? = nil, multi: Bool = false,
        includeAll: Bool = false, hidden: Bool = false,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.name = name
        self.source = source
        self.label = label
        self.multi = multi
        self.includeAll = includeAll
        self.hidden = hidden
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
