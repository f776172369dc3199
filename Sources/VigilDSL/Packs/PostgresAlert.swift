/// An alert of the postgres rule pack, which ``PostgresExporter`` brings to its job. Overrides name the alert
/// by case, so a misspelt alert does not compile (``PackOverride``).
public enum PostgresAlert: String, RulePackAlert {
    /// The exporter cannot reach the server (`pg_up` 0).
    case down = "PostgresDown"
    /// Client connections above the threshold of `max_connections` (percent, default 80).
    case tooManyConnections = "PostgresTooManyConnections"
    /// More deadlocks than the threshold in 5 minutes, in one database (default 5).
    case deadlocks = "PostgresDeadlocks"
    /// A transaction open longer than the threshold (seconds, default 300).
    case longRunningTransaction = "PostgresLongRunningTransaction"
    /// A replica behind its primary by more than the threshold (seconds, default 30).
    case replicationLag = "PostgresReplicationLag"
    /// The exporter's queries failing on its last scrape.
    case exporterScrapeError = "PostgresExporterScrapeError"

    /// The alert's name (`alertname`).
    public var alertName: String { rawValue }

    /// The severity it fires with unless overridden.
    public var defaultSeverity: Severity {
        switch self {
        case .down: .critical
        default: .warning
        }
    }

    /// How long its condition must hold unless overridden; `nil` fires at once.
    public var defaultFor: Duration? {
        switch self {
        case .down: .minutes(1)
        case .deadlocks: nil
        case .tooManyConnections, .longRunningTransaction, .replicationLag: .minutes(5)
        case .exporterScrapeError: .minutes(10)
        }
    }

    /// The threshold unless overridden, in ``thresholdUnit``; `nil` for an alert without one.
    public var defaultThreshold: Double? {
        switch self {
        case .down, .exporterScrapeError: nil
        case .tooManyConnections: 80
        case .deadlocks: 5
        case .longRunningTransaction: 300
        case .replicationLag: 30
        }
    }

    /// What the threshold measures.
    public var thresholdUnit: ThresholdUnit {
        switch self {
        case .down, .exporterScrapeError: .none
        case .tooManyConnections: .percent
        case .deadlocks: .number
        case .longRunningTransaction, .replicationLag: .seconds
        }
    }
}
