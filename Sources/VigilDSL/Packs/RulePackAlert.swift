/// An alert of a rule pack: one case of the pack's enum (``NodeAlert``), with its defaults.
public protocol RulePackAlert: Hashable, Sendable, CaseIterable {
    /// The alert's name (`alertname`).
    var alertName: String { get }
    /// The severity it fires with unless overridden.
    var defaultSeverity: Severity { get }
    /// How long its condition must hold unless overridden; `nil` fires at once.
    var defaultFor: Duration? { get }
    /// The threshold unless overridden, in ``thresholdUnit``; `nil` for an alert without one.
    var defaultThreshold: Double? { get }
    /// What the threshold measures.
    var thresholdUnit: ThresholdUnit { get }
}
