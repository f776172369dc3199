/// An alerting rule: fires when its condition has held for `for`.
///
/// ```swift
/// Alert("HighLatency", severity: .warning, for: .minutes(10)) {
///     histogramQuantile(0.95, latency, over: .minutes(5)) > 2
/// } annotations: {
///     AlertSummary("High API latency")
///     Runbook("https://runbooks.example.com/autodealgenie/high-latency")
/// }
/// ```
public struct Alert: Sendable {
    /// The alert's name (`alertname`), in UpperCamelCase by convention.
    public let name: String
    /// How urgent it is; Alertmanager routes on it.
    public let severity: Severity
    /// How long the condition must hold before the alert fires; `nil` fires at once.
    public let duration: Duration?
    /// How long the alert keeps firing after the condition stops holding (against flapping).
    public let keepFiringFor: Duration?
    /// Labels added to the alert besides `severity`.
    public let labels: [String: String]
    /// The condition.
    public let condition: RuleExpression
    /// The annotations, in the order written.
    public let annotations: [AlertAnnotation]
    /// Where the alert was declared.
    public let location: SourceLocation

    /// An alert on a typed condition.
    public init<Labels>(
        _ name: String, severity: Severity, for duration: Duration? = nil, keepFiringFor: Duration? = nil,
        labels: [String: String] = [:],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        condition: () -> Condition<Labels>,
        @AnnotationBuilder annotations: () -> [AlertAnnotation] = { [] }
    ) {
        self.init(
            name, severity, duration, keepFiringFor, labels, .built(condition().expression), annotations(),
            SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// An alert on a PromQL expression written as text.
    public init(
        _ name: String, severity: Severity, for duration: Duration? = nil, keepFiringFor: Duration? = nil,
        labels: [String: String] = [:],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        condition: () -> PromQL,
        @AnnotationBuilder annotations: () -> [AlertAnnotation] = { [] }
    ) {
        self.init(
            name, severity, duration, keepFiringFor, labels, .raw(condition()), annotations(),
            SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    private init(
        _ name: String, _ severity: Severity, _ duration: Duration?, _ keepFiringFor: Duration?,
        _ labels: [String: String], _ condition: RuleExpression, _ annotations: [AlertAnnotation],
        _ location: SourceLocation
    ) {
        self.name = name
        self.severity = severity
        self.duration = duration
        self.keepFiringFor = keepFiringFor
        self.labels = labels
        self.condition = condition
        self.annotations = annotations
        self.location = location
    }
}
