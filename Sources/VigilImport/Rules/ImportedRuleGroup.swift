import VigilCore

/// A rule group as read from a rule file.
public struct ImportedRuleGroup: Hashable, Sendable {
    /// `name`.
    public var name: String
    /// `interval`.
    public var interval: Duration?
    /// `query_offset`.
    public var queryOffset: Duration?
    /// `labels`, which Prometheus adds to every rule of the group.
    public var labels: [String: String]
    /// The rules, in order.
    public var rules: [ImportedRule]
    /// Where the group starts.
    public var location: InputLocation
}
