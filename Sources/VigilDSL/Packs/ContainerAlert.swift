/// An alert of the containers rule pack, which ``CAdvisor`` brings to its job. Overrides name the alert by
/// case, so a misspelt alert does not compile (``PackOverride``).
public enum ContainerAlert: String, RulePackAlert {
    /// The kernel's OOM killer ended a process of the container in the last 5 minutes.
    case oomKilled = "ContainerOOMKilled"
    /// The container started more times than the threshold in 15 minutes (default 2).
    case restarting = "ContainerRestarting"
    /// More of the container's CPU periods throttled than the threshold (percent, default 25).
    case cpuThrottled = "ContainerCPUThrottled"
    /// The container's working set above the threshold of its memory limit (percent, default 90).
    case memoryNearLimit = "ContainerMemoryNearLimit"
    /// A container seen in the last hour is gone.
    case gone = "ContainerGone"

    /// The alert's name (`alertname`).
    public var alertName: String { rawValue }

    /// The severity it fires with unless overridden.
    public var defaultSeverity: Severity { .warning }

    /// How long its condition must hold unless overridden; `nil` fires at once.
    public var defaultFor: Duration? {
        switch self {
        case .oomKilled, .restarting: nil
        case .cpuThrottled, .memoryNearLimit: .minutes(15)
        case .gone: .minutes(5)
        }
    }

    /// The threshold unless overridden, in ``thresholdUnit``; `nil` for an alert without one.
    public var defaultThreshold: Double? {
        switch self {
        case .oomKilled, .gone: nil
        case .restarting: 2
        case .cpuThrottled: 25
        case .memoryNearLimit: 90
        }
    }

    /// What the threshold measures.
    public var thresholdUnit: ThresholdUnit {
        switch self {
        case .oomKilled, .gone: .none
        case .restarting: .number
        case .cpuThrottled, .memoryNearLimit: .percent
        }
    }
}
