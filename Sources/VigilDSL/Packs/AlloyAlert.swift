/// An alert of the Alloy rule pack, which a stack with ``Loki`` brings to the scrape job `alloy` of the Alloy
/// that ships its logs; the stack tunes it on its Loki declaration (`Loki(alloyPack:)`). Overrides name the
/// alert by case, so a misspelt alert does not compile (``PackOverride``).
public enum AlloyAlert: String, RulePackAlert {
    /// Components of Alloy's configuration are not healthy: the logs they handle are not shipped.
    case unhealthyComponents = "AlloyUnhealthyComponents"
    /// More than the threshold of `loki.write`'s pushes to Loki failed (percent, default 10).
    case lokiWriteErrors = "AlloyLokiWriteErrors"
    /// `loki.write` dropped log entries in the last 5 minutes after its retries: the lines are lost.
    case lokiWriteDroppingEntries = "AlloyLokiWriteDroppingEntries"

    /// The alert's name (`alertname`).
    public var alertName: String { rawValue }

    /// The severity it fires with unless overridden.
    public var defaultSeverity: Severity {
        self == .lokiWriteDroppingEntries ? .critical : .warning
    }

    /// How long its condition must hold unless overridden; `nil` fires at once.
    public var defaultFor: Duration? { .minutes(15) }

    /// The threshold unless overridden, in ``thresholdUnit``; `nil` for an alert without one.
    public var defaultThreshold: Double? {
        self == .lokiWriteErrors ? 10 : nil
    }

    /// What the threshold measures.
    public var thresholdUnit: ThresholdUnit {
        self == .lokiWriteErrors ? .percent : .none
    }
}
