/// An alert of the Prometheus rule pack, which every stack brings to its own Prometheus (the scrape job
/// `prometheus`); the stack tunes it on its ``Prometheus`` settings (`pack:`). Overrides name the alert by case,
/// so a misspelt alert does not compile (``PackOverride``).
public enum PrometheusAlert: String, RulePackAlert {
    /// A target of any job failed its scrapes (`up` 0).
    case targetDown = "TargetDown"
    /// The last configuration reload failed: Prometheus runs the previous configuration.
    case configReloadFailed = "PrometheusConfigReloadFailed"
    /// Rule evaluations failed in the last 5 minutes: the alerts of their group cannot fire.
    case ruleEvaluationFailures = "PrometheusRuleEvaluationFailures"
    /// Rule group evaluations were skipped because the previous one had not finished.
    case missedRuleGroupIterations = "PrometheusMissedRuleGroupIterations"
    /// Sending alerts to an Alertmanager failed for more than the threshold of them (percent, default 1).
    case notificationsFailing = "PrometheusNotificationsFailing"
    /// The queue of alerts waiting to be sent above the threshold of its capacity (percent, default 90).
    case notificationQueueNearFull = "PrometheusNotificationQueueNearFull"
    /// Alerts were dropped instead of sent, after errors or with the queue full.
    case notificationsDropped = "PrometheusNotificationsDropped"
    /// Prometheus knows no Alertmanager to send alerts to (stacks with an Alertmanager only).
    case notConnectedToAlertmanagers = "PrometheusNotConnectedToAlertmanagers"
    /// A TSDB compaction failed in the last 3 hours.
    case tsdbCompactionsFailing = "PrometheusTSDBCompactionsFailing"
    /// Reloading the TSDB's blocks from disk failed in the last 3 hours.
    case tsdbReloadsFailing = "PrometheusTSDBReloadsFailing"
    /// The write-ahead log was found corrupted in the last 3 hours.
    case walCorruptions = "PrometheusTSDBWALCorruptions"
    /// Scrapes were rejected for returning more samples than their job's `sample_limit`.
    case scrapeSampleLimitHit = "PrometheusScrapeSampleLimitHit"
    /// Remote write failed for more than the threshold of its samples (percent, default 1; stacks that
    /// remote-write only).
    case remoteWriteFailing = "PrometheusRemoteWriteFailing"
    /// Remote write lags the newest sample by more than the threshold (seconds, default 120; stacks that
    /// remote-write only).
    case remoteWriteBehind = "PrometheusRemoteWriteBehind"

    /// The alert's name (`alertname`).
    public var alertName: String { rawValue }

    /// The severity it fires with unless overridden.
    public var defaultSeverity: Severity {
        switch self {
        case .ruleEvaluationFailures, .notificationsFailing, .notConnectedToAlertmanagers, .walCorruptions,
            .remoteWriteFailing, .remoteWriteBehind:
            .critical
        default: .warning
        }
    }

    /// How long its condition must hold unless overridden; `nil` fires at once.
    public var defaultFor: Duration? {
        switch self {
        case .targetDown: .minutes(5)
        case .configReloadFailed, .notConnectedToAlertmanagers: .minutes(10)
        case .ruleEvaluationFailures, .missedRuleGroupIterations, .notificationsFailing, .notificationQueueNearFull,
            .notificationsDropped, .scrapeSampleLimitHit, .remoteWriteFailing, .remoteWriteBehind:
            .minutes(15)
        case .tsdbCompactionsFailing, .tsdbReloadsFailing: .hours(4)
        case .walCorruptions: nil
        }
    }

    /// The threshold unless overridden, in ``thresholdUnit``; `nil` for an alert without one.
    public var defaultThreshold: Double? {
        switch self {
        case .notificationsFailing, .remoteWriteFailing: 1
        case .notificationQueueNearFull: 90
        case .remoteWriteBehind: 120
        default: nil
        }
    }

    /// What the threshold measures.
    public var thresholdUnit: ThresholdUnit {
        switch self {
        case .notificationsFailing, .remoteWriteFailing, .notificationQueueNearFull: .percent
        case .remoteWriteBehind: .seconds
        default: .none
        }
    }

    /// The labels of `up` that ``PackOverride/exclude(_:matching:fileID:filePath:line:column:)`` may name to
    /// leave targets out of ``targetDown``.
    public enum TargetLabel: String, Sendable {
        /// The scrape job.
        case job
        /// The target's address.
        case instance
    }
}

extension PackOverride where Alert == PrometheusAlert {
    /// Leaves the targets whose `label` matches `regex` out of ``PrometheusAlert/targetDown``, e.g.
    /// `.exclude(.job, matching: "batch-.*")` for jobs whose targets come and go.
    public static func exclude(
        _ label: PrometheusAlert.TargetLabel, matching regex: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> PackOverride {
        PackOverride(
            .exclude(label: label.rawValue, regex: regex),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
