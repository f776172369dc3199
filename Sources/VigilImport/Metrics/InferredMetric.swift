import VigilModel

/// A metric the imported rules use and no catalogue declares, with its kind and labels inferred from how the
/// queries read it, and why.
public struct InferredMetric: Hashable, Sendable {
    /// The metric's name: a histogram's without `_bucket`.
    public var name: String
    /// Its kind.
    public var kind: MetricKind
    /// Why it has that kind, e.g. "read with rate() in HighErrorRate".
    public var kindReason: String
    /// Whether the kind is a guess a person should check (a gauge by default, a counter without `_total`,
    /// a histogram's buckets).
    public var isUncertain: Bool
    /// Its labels, each with why it is believed to exist, by name.
    public var labels: [String: String]
    /// The rule that used it first.
    public var firstUse: InputLocation
}
