/// An alert of the tracing rule pack, which a stack with ``Tracing`` brings to its backend's scrape job
/// (`jaeger` or `tempo`); the stack tunes it on its tracing declaration (`Tracing(pack:)`). Each alert watches
/// one backend, named in the alert: an override of an alert of the other backend is a diagnostic. Overrides
/// name the alert by case, so a misspelt alert does not compile (``PackOverride``).
public enum TracingAlert: String, RulePackAlert {
    /// More than the threshold of the spans sent to Jaeger were refused (percent, default 1; Jaeger only).
    case jaegerSpansRefused = "JaegerSpansRefused"
    /// More than the threshold of the spans Jaeger writes to its storage failed (percent, default 1; Jaeger
    /// only).
    case jaegerStorageWritesFailing = "JaegerStorageWritesFailing"
    /// More than the threshold of the spans sent to Tempo were refused (percent, default 1; Tempo only).
    case tempoSpansRefused = "TempoSpansRefused"
    /// Tempo discarded spans it had received in the last 5 minutes (Tempo only).
    case tempoSpansDiscarded = "TempoSpansDiscarded"
    /// More than the threshold of Tempo's flushes to storage failed in the last hour (flushes, default 2; Tempo
    /// only).
    case tempoFlushesFailing = "TempoFlushesFailing"
    /// More than the threshold of Tempo's compactions failed in the last hour (compactions, default 2; Tempo
    /// only).
    case tempoCompactionsFailing = "TempoCompactionsFailing"

    /// The backend the alert watches.
    public var backend: TracingBackend {
        switch self {
        case .jaegerSpansRefused, .jaegerStorageWritesFailing: .jaeger
        case .tempoSpansRefused, .tempoSpansDiscarded, .tempoFlushesFailing, .tempoCompactionsFailing: .tempo
        }
    }

    /// The alert's name (`alertname`).
    public var alertName: String { rawValue }

    /// The severity it fires with unless overridden.
    public var defaultSeverity: Severity {
        switch self {
        case .jaegerStorageWritesFailing, .tempoFlushesFailing: .critical
        case .jaegerSpansRefused, .tempoSpansRefused, .tempoSpansDiscarded, .tempoCompactionsFailing: .warning
        }
    }

    /// How long its condition must hold unless overridden; `nil` fires at once.
    public var defaultFor: Duration? {
        switch self {
        case .jaegerSpansRefused, .jaegerStorageWritesFailing, .tempoSpansRefused, .tempoSpansDiscarded:
            .minutes(15)
        case .tempoFlushesFailing: .minutes(5)
        case .tempoCompactionsFailing: .minutes(30)
        }
    }

    /// The threshold unless overridden, in ``thresholdUnit``; `nil` for an alert without one.
    public var defaultThreshold: Double? {
        switch self {
        case .jaegerSpansRefused, .jaegerStorageWritesFailing, .tempoSpansRefused: 1
        case .tempoFlushesFailing, .tempoCompactionsFailing: 2
        case .tempoSpansDiscarded: nil
        }
    }

    /// What the threshold measures.
    public var thresholdUnit: ThresholdUnit {
        switch self {
        case .jaegerSpansRefused, .jaegerStorageWritesFailing, .tempoSpansRefused: .percent
        case .tempoFlushesFailing, .tempoCompactionsFailing: .number
        case .tempoSpansDiscarded: .none
        }
    }
}
