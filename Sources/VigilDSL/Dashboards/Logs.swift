/// Log lines from Loki: Grafana's `logs` panel over a LogQL query, which may use the dashboard's
/// variables. The stack must deploy Loki.
///
/// ```swift
/// Logs("Backend errors", query: #"{service="backend"} | json | level="ERROR""#)
/// ```
public struct Logs: DashboardPanel {
    /// Which lines count as duplicates and are shown once.
    public typealias Deduplication = LogsOptions.Deduplication

    /// The options of a logs panel.
    public typealias Options = LogsOptions

    public var panel: Panel

    /// A logs panel of the LogQL `query`.
    public init(
        _ title: String, query: String, showsTime: Bool = true, wrapsLines: Bool = true, newestFirst: Bool = true,
        deduplication: Deduplication = .none,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        let location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
        let options = Options(
            query: query, showsTime: showsTime, wrapsLines: wrapsLines, newestFirst: newestFirst,
            deduplication: deduplication, location: location)
        panel = Panel(.logs(options), title, unit: nil, queries: [], location: location)
    }
}
