import VigilDSL

/// An alerting rule after lowering: what routing, tests and documentation need to know of it.
public struct ResolvedAlert: Sendable {
    /// The alert name (`alertname` label).
    public var name: String
    /// Its severity, also among ``labels`` as `severity`.
    public var severity: Severity
    /// Every static label the alert carries (severity, service and the user's own), sorted by name. The
    /// expression's result labels come on top of these at run time.
    public var labels: [Label]
    /// Where the alert was declared.
    public var location: SourceLocation
}
