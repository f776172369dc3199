/// The options of Grafana's `logs` panel: what ``PanelKind`` carries for it; written with `Logs` in the
/// DSL, which names them `Logs.Options`.
public struct LogsOptions: Hashable, Sendable {
    /// Which lines count as duplicates and are shown once.
    public enum Deduplication: String, Hashable, Sendable {
        case none, exact, numbers, signature
    }

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

    /// Options with every value given.
    public init(
        query: String, showsTime: Bool, wrapsLines: Bool, newestFirst: Bool, deduplication: Deduplication,
        location: SourceLocation
    ) {
        self.query = query
        self.showsTime = showsTime
        self.wrapsLines = wrapsLines
        self.newestFirst = newestFirst
        self.deduplication = deduplication
        self.location = location
    }
}
