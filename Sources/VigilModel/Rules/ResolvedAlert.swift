import VigilCore

/// An alerting rule after lowering: what rule files, routing, tests and documentation need to know of it.
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
    /// The rule group (one per service) it belongs to.
    public var group: String = ""
    /// The condition.
    public var expression: ResolvedExpression? = nil
    /// How long the condition must hold; `nil` fires at once.
    public var duration: Duration? = nil
    /// How long it keeps firing after the condition stops holding.
    public var keepFiringFor: Duration? = nil
    /// The annotations, sorted by key.
    public var annotations: [ResolvedAnnotation] = []

    /// A value of these fields.
    package init(
        name: String, severity: Severity, labels: [Label], location: SourceLocation, group: String = "",
        expression: ResolvedExpression? = nil, duration: Duration? = nil, keepFiringFor: Duration? = nil,
        annotations: [ResolvedAnnotation] = []
    ) {
        self.name = name
        self.severity = severity
        self.labels = labels
        self.location = location
        self.group = group
        self.expression = expression
        self.duration = duration
        self.keepFiringFor = keepFiringFor
        self.annotations = annotations
    }
}

/// An annotation of an alert.
public struct ResolvedAnnotation: Sendable {
    /// The key, e.g. `summary`.
    public var key: String
    /// The value, possibly a Go template.
    public let value: String
    /// Where it was written.
    public var location: SourceLocation
    /// The value parsed, once: the template checks and every test expectation that renders it read this.
    let template: AlertTemplate

    /// A value of these fields.
    package init(key: String, value: String, location: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
        template = AlertTemplateParser.parse(value)
    }
}
