/// Log lines from Loki: Grafana's `logs` panel over a LogQL query, which may use the dashboard's
/// variables. The stack must deploy Loki.
///
/// ```swift
/// Logs("Backend errors", query: #"{service="backend"} | json | level="ERROR""#)
/// ```
public struct Logs: DashboardPanel {
    /// Which lines count as duplicates and are shown once.
    public enum Deduplication: String, Hashable, Sendable {
        case none, exact, numbers, signature
    }

    /// The options of a logs panel.
    public struct Options: Hashable, Sendable {
        /// The LogQL query.
        public var query: String
        /// Whether each line shows its time.
        public var showsTime: Bool
        /// Whether long lines wrap.
        public var wrapsLines: Bool
        /// Whether the newest lines come first.
        public var newestFirst: Bool
        /// Which duplicate lines are shown once.
        public var deduplication: Deduplication
        /// Where the query was written.
        public var location: SourceLocation
    }

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
