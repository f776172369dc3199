import VigilCore

/// A recording rule after lowering.
public struct ResolvedRecordingRule: Sendable {
    /// The recorded series' name.
    public var name: String
    /// The query.
    public var expression: ResolvedExpression
    /// Labels added to the recorded series, sorted by name.
    public var labels: [Label]
    /// The rule group (one per service) it belongs to.
    public var group: String
    /// Where it was declared.
    public var location: SourceLocation

    /// A value of these fields.
    package init(name: String, expression: ResolvedExpression, labels: [Label], group: String, location: SourceLocation)
    {
        self.name = name
        self.expression = expression
        self.labels = labels
        self.group = group
        self.location = location
    }
}
