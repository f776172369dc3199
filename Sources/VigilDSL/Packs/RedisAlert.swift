/// An alert of the redis rule pack, which ``RedisExporter`` brings to its job. Overrides name the alert by
/// case, so a misspelt alert does not compile (``PackOverride``).
public enum RedisAlert: String, RulePackAlert {
    /// The exporter cannot reach the server (`redis_up` 0).
    case down = "RedisDown"
    /// Memory used above the threshold of `maxmemory` (percent, default 90), when `maxmemory` is set.
    case memoryNearLimit = "RedisMemoryNearLimit"
    /// Clients connected above the threshold of `maxclients` (percent, default 90).
    case tooManyConnections = "RedisTooManyConnections"
    /// The server refused connections (at `maxclients`) in the last 5 minutes.
    case rejectedConnections = "RedisRejectedConnections"
    /// More keys evicted than the threshold in 5 minutes (default 0).
    case evictingKeys = "RedisEvictingKeys"
    /// The primary lost a replica in the last 5 minutes.
    case replicaLost = "RedisReplicaLost"
    /// A replica's link to its primary down.
    case masterLinkDown = "RedisMasterLinkDown"
    /// The last background save (RDB snapshot) failed.
    case backgroundSaveFailed = "RedisBackgroundSaveFailed"

    /// The alert's name (`alertname`).
    public var alertName: String { rawValue }

    /// The severity it fires with unless overridden.
    public var defaultSeverity: Severity {
        switch self {
        case .down, .rejectedConnections, .masterLinkDown: .critical
        default: .warning
        }
    }

    /// How long its condition must hold unless overridden; `nil` fires at once.
    public var defaultFor: Duration? {
        switch self {
        case .down: .minutes(1)
        case .memoryNearLimit, .tooManyConnections, .masterLinkDown: .minutes(5)
        case .rejectedConnections, .evictingKeys, .replicaLost: nil
        case .backgroundSaveFailed: .minutes(10)
        }
    }

    /// The threshold unless overridden, in ``thresholdUnit``; `nil` for an alert without one.
    public var defaultThreshold: Double? {
        switch self {
        case .memoryNearLimit, .tooManyConnections: 90
        case .evictingKeys: 0
        case .down, .rejectedConnections, .replicaLost, .masterLinkDown, .backgroundSaveFailed: nil
        }
    }

    /// What the threshold measures.
    public var thresholdUnit: ThresholdUnit {
        switch self {
        case .memoryNearLimit, .tooManyConnections: .percent
        case .evictingKeys: .number
        case .down, .rejectedConnections, .replicaLost, .masterLinkDown, .backgroundSaveFailed: .none
        }
    }
}
