/// An alert of the Alertmanager rule pack, which a stack with an ``Alertmanager`` brings to its scrape job
/// `alertmanager`; the stack tunes it on the Alertmanager's declaration (`pack:`). Overrides name the alert by
/// case, so a misspelt alert does not compile (``PackOverride``).
public enum AlertmanagerAlert: String, RulePackAlert {
    /// The last configuration reload failed: Alertmanager runs the previous configuration.
    case configReloadFailed = "AlertmanagerConfigReloadFailed"
    /// More than the threshold of an integration's notifications failed (percent, default 1).
    case notificationsFailing = "AlertmanagerNotificationsFailing"
    /// A peer sees fewer cluster members than the peers scraped (clustered Alertmanagers only).
    case clusterMembersMismatch = "AlertmanagerClusterMembersMismatch"
    /// A peer counts cluster members it cannot reach (clustered Alertmanagers only).
    case clusterFailedPeers = "AlertmanagerClusterFailedPeers"

    /// The alert's name (`alertname`).
    public var alertName: String { rawValue }

    /// The severity it fires with unless overridden.
    public var defaultSeverity: Severity {
        switch self {
        case .notificationsFailing: .critical
        case .configReloadFailed, .clusterMembersMismatch, .clusterFailedPeers: .warning
        }
    }

    /// How long its condition must hold unless overridden; `nil` fires at once.
    public var defaultFor: Duration? {
        switch self {
        case .configReloadFailed: .minutes(10)
        case .notificationsFailing, .clusterMembersMismatch, .clusterFailedPeers: .minutes(15)
        }
    }

    /// The threshold unless overridden, in ``thresholdUnit``; `nil` for an alert without one.
    public var defaultThreshold: Double? {
        self == .notificationsFailing ? 1 : nil
    }

    /// What the threshold measures.
    public var thresholdUnit: ThresholdUnit {
        self == .notificationsFailing ? .percent : .none
    }
}
