/// An alert of the blackbox rule pack, which ``BlackboxExporter`` brings to its probes' job. Overrides name the
/// alert by case, so a misspelt alert does not compile (``PackOverride``).
public enum BlackboxAlert: String, RulePackAlert {
    /// A probe failing (`probe_success` 0); its severity and `for` are the exporter's `failureSeverity` and
    /// `failingFor` unless overridden.
    case probeFailed = "ProbeFailed"
    /// Probes taking longer than the threshold on average over 5 minutes (seconds, default 1).
    case probeSlow = "ProbeSlow"
    /// An HTTP probe answered with a status outside 200–399.
    case httpStatusError = "ProbeHTTPStatusError"
    /// The earliest certificate of the probed TLS chain expires within the threshold (days, default 20).
    case certificateExpiringSoon = "ProbeCertificateExpiringSoon"
    /// The earliest certificate of the probed TLS chain expires within the threshold (days, default 3).
    case certificateExpiring = "ProbeCertificateExpiring"

    /// The alert's name (`alertname`).
    public var alertName: String { rawValue }

    /// The severity it fires with unless overridden.
    public var defaultSeverity: Severity {
        switch self {
        case .probeFailed, .certificateExpiring: .critical
        case .probeSlow, .httpStatusError, .certificateExpiringSoon: .warning
        }
    }

    /// How long its condition must hold unless overridden.
    public var defaultFor: Duration? {
        switch self {
        case .probeFailed: .minutes(2)
        case .probeSlow: .minutes(10)
        case .httpStatusError: .minutes(5)
        case .certificateExpiringSoon, .certificateExpiring: .minutes(15)
        }
    }

    /// The threshold unless overridden, in ``thresholdUnit``; `nil` for an alert without one.
    public var defaultThreshold: Double? {
        switch self {
        case .probeFailed, .httpStatusError: nil
        case .probeSlow: 1
        case .certificateExpiringSoon: 20
        case .certificateExpiring: 3
        }
    }

    /// What the threshold measures.
    public var thresholdUnit: ThresholdUnit {
        switch self {
        case .probeFailed, .httpStatusError: .none
        case .probeSlow: .seconds
        case .certificateExpiringSoon, .certificateExpiring: .days
        }
    }
}
