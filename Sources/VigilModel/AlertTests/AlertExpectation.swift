/// What an alert test expects of one alert at one moment: the alerts firing then (none: it stays quiet).
/// Written as ``Fires`` and ``Quiet`` statements.
public struct AlertExpectation: Sendable {
    /// One firing alert: the labels of its series and, when its annotations use `$value`, its value.
    public struct Firing: Sendable {
        /// The labels of the alert's query result (not the rule's own labels, which Vigil adds).
        public let labels: [String: String]
        /// The alert's value then, to render annotations that print `$value`.
        public let value: Double?
        /// The rendered annotations, when they cannot be derived (templates beyond Vigil's renderer).
        public let annotations: [String: String]?

        /// One firing alert. `labels` may also state a rule label such as `severity`, to tell apart alerts that
        /// share a name.
        public init(labels: [String: String], value: Double? = nil, annotations: [String: String]? = nil) {
            self.labels = labels
            self.value = value
            self.annotations = annotations
        }
    }

    /// The alert's name.
    public let alertName: String
    /// When, from the start of the test.
    public let time: Duration
    /// The alerts expected to fire then.
    public let firing: [Firing]
    /// Where it was written.
    public let location: SourceLocation

    /// The alerts named `alertName` firing at `time`: several (one per series), or none. Usually written as
    /// ``Fires`` and ``Quiet``.
    public init(alertName: String, time: Duration, firing: [Firing], location: SourceLocation) {
        self.alertName = alertName
        self.time = time
        self.firing = firing
        self.location = location
    }
}
