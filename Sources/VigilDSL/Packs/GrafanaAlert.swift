/// An alert of the Grafana rule pack, which a stack with a ``Grafana`` brings to its scrape job `grafana`; the
/// stack tunes it on its Grafana declaration (`Grafana(pack:)`). Overrides name the alert by case, so a misspelt
/// alert does not compile (``PackOverride``).
public enum GrafanaAlert: String, RulePackAlert {
    /// More than the threshold of Grafana's HTTP requests answered with a 5xx (percent, default 5).
    case httpErrors = "GrafanaHTTPErrors"
    /// More than the threshold of the requests to a data source answered with a 5xx (percent, default 10).
    case datasourceErrors = "GrafanaDatasourceErrors"
    /// Evaluations of Grafana-managed alert rules failed in the last 5 minutes.
    case alertRuleEvaluationFailures = "GrafanaAlertRuleEvaluationFailures"

    /// The alert's name (`alertname`).
    public var alertName: String { rawValue }

    /// The severity it fires with unless overridden.
    public var defaultSeverity: Severity { .warning }

    /// How long its condition must hold unless overridden; `nil` fires at once.
    public var defaultFor: Duration? { .minutes(15) }

    /// The threshold unless overridden, in ``thresholdUnit``; `nil` for an alert without one.
    public var defaultThreshold: Double? {
        switch self {
        case .httpErrors: 5
        case .datasourceErrors: 10
        case .alertRuleEvaluationFailures: nil
        }
    }

    /// What the threshold measures.
    public var thresholdUnit: ThresholdUnit {
        self == .alertRuleEvaluationFailures ? .none : .percent
    }
}
