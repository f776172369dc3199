import VigilCore

/// A Prometheus rule group: the rules of one service, evaluated together, written to one file (an SLO's groups
/// share their SLO's).
public struct ResolvedRuleGroup: Sendable {
    /// The group's name: the service's.
    public var name: String
    /// The evaluation interval; `nil` uses the global one.
    public var interval: Duration?
    /// How far in the past its rules are evaluated (`query_offset`); `nil` uses the global default.
    public var queryOffset: Duration? = nil
    /// The labels the group adds to its rules' results, sorted by name; its rules' own ``ResolvedAlert/labels``
    /// and ``ResolvedRecordingRule/labels`` already include them.
    public var labels: [Label] = []
    /// Where the service was declared.
    public var location: SourceLocation
    /// The name of its rules file when not its own: the group it shares a file with.
    public var file: String? = nil

    /// The rule file inside the stack folder.
    public var path: String { "prometheus/rules/\(file ?? name).yml" }

    /// A value of these fields.
    package init(
        name: String, interval: Duration? = nil, queryOffset: Duration? = nil, labels: [Label] = [],
        location: SourceLocation, file: String? = nil
    ) {
        self.name = name
        self.interval = interval
        self.queryOffset = queryOffset
        self.labels = labels
        self.location = location
        self.file = file
    }
}
