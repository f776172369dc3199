/// An alert of the process rule pack, which a ``Service`` brings to its scrape job by declaring
/// ``ProcessMetrics/all`` (the `process_*` metrics of the Prometheus client libraries); the service tunes it with
/// `pack:`. Overrides name the alert by case, so a misspelt alert does not compile (``PackOverride``).
public enum ProcessAlert: String, RulePackAlert {
    /// Open file descriptors above the threshold of the process's limit (percent, default 80).
    case fileDescriptorsNearLimit = "ProcessFileDescriptorsNearLimit"
    /// The process started more times than the threshold in the last hour (default 2): it crashes and restarts.
    case restarting = "ProcessRestarting"

    /// The alert's name (`alertname`).
    public var alertName: String { rawValue }

    /// The severity it fires with unless overridden.
    public var defaultSeverity: Severity { .warning }

    /// How long its condition must hold unless overridden; `nil` fires at once.
    public var defaultFor: Duration? {
        switch self {
        case .fileDescriptorsNearLimit: .minutes(15)
        case .restarting: nil
        }
    }

    /// The threshold unless overridden, in ``thresholdUnit``.
    public var defaultThreshold: Double? {
        switch self {
        case .fileDescriptorsNearLimit: 80
        case .restarting: 2
        }
    }

    /// What the threshold measures.
    public var thresholdUnit: ThresholdUnit {
        switch self {
        case .fileDescriptorsNearLimit: .percent
        case .restarting: .number
        }
    }
}
