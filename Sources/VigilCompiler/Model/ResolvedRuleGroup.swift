import VigilDSL

/// A Prometheus rule group: the rules of one service, evaluated together, written to one file.
public struct ResolvedRuleGroup: Sendable {
    /// The group's name: the service's.
    public var name: String
    /// The evaluation interval; `nil` uses the global one.
    public var interval: Duration?
    /// Where the service was declared.
    public var location: SourceLocation

    /// The rule file inside the stack folder.
    public var path: String { "prometheus/rules/\(name).yml" }
}
