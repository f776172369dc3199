/// A table of the queries' current values, one row per series and a column per label: Grafana's `table`
/// panel. Its queries are evaluated at the end of the time range.
///
/// ```swift
/// Table("Slowest endpoints", unit: .seconds, sortBy: "Value") {
///     topk(10, histogramQuantile(0.95, latency, over: .minutes(5), by: [.handler]))
/// }
/// ```
public struct Table: DashboardPanel {
    /// The options of a table panel.
    public typealias Options = TableOptions

    public var panel: Panel

    /// A table panel of `queries`.
    public init(
        _ title: String, unit: Unit? = nil, showsHeader: Bool = true, sortBy: String? = nil, descending: Bool = true,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<Query> queries: () -> [Query]
    ) {
        let options = Options(showsHeader: showsHeader, sortBy: sortBy, descending: descending)
        panel = Panel(
            .table(options), title, unit: unit, queries: queries(),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
