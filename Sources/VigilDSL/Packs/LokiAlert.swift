/// An alert of the Loki rule pack, which a stack with ``Loki`` brings to its scrape job `loki`; the stack tunes
/// it on its Loki declaration (`Loki(pack:)`). Overrides name the alert by case, so a misspelt alert does not
/// compile (``PackOverride``).
public enum LokiAlert: String, RulePackAlert {
    /// More than the threshold of a route's requests answered with a 5xx (percent, default 10): pushes fail or
    /// queries error.
    case requestErrors = "LokiRequestErrors"
    /// Loki recovered from panics in the last 10 minutes.
    case requestPanics = "LokiRequestPanics"
    /// Loki discarded more than the threshold of log lines in the last 5 minutes (lines, default 0).
    case discardingSamples = "LokiDiscardingSamples"
    /// The compactor failed to compact index tables in the last 3 hours: retention does not apply.
    case compactionFailing = "LokiCompactionFailing"

    /// The alert's name (`alertname`).
    public var alertName: String { rawValue }

    /// The severity it fires with unless overridden.
    public var defaultSeverity: Severity {
        switch self {
        case .requestErrors, .requestPanics: .critical
        case .discardingSamples, .compactionFailing: .warning
        }
    }

    /// How long its condition must hold unless overridden; `nil` fires at once.
    public var defaultFor: Duration? {
        switch self {
        case .requestErrors, .discardingSamples: .minutes(15)
        case .requestPanics, .compactionFailing: nil
        }
    }

    /// The threshold unless overridden, in ``thresholdUnit``; `nil` for an alert without one.
    public var defaultThreshold: Double? {
        switch self {
        case .requestErrors: 10
        case .discardingSamples: 0
        case .requestPanics, .compactionFailing: nil
        }
    }

    /// What the threshold measures.
    public var thresholdUnit: ThresholdUnit {
        switch self {
        case .requestErrors: .percent
        case .discardingSamples: .number
        case .requestPanics, .compactionFailing: .none
        }
    }
}
