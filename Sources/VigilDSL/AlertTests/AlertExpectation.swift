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

/// An expectation that an alert fires at a moment, for the series with the given labels.
public struct Fires: Sendable {
    /// The expectation.
    public let expectation: AlertExpectation

    /// `alertName` fires at `time` for the series with `labels`; `value` renders annotations printing `$value`,
    /// and `annotations` replaces rendering altogether for templates Vigil cannot render.
    public init(
        _ alertName: String, at time: Duration, labels: [String: String] = [:], value: Double? = nil,
        annotations: [String: String]? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        expectation = AlertExpectation(
            alertName: alertName, time: time,
            firing: [AlertExpectation.Firing(labels: labels, value: value, annotations: annotations)],
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}

/// An expectation that an alert does not fire at a moment (it may be pending).
public struct Quiet: Sendable {
    /// The expectation.
    public let expectation: AlertExpectation

    /// `alertName` does not fire at `time`.
    public init(
        _ alertName: String, at time: Duration,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        expectation = AlertExpectation(
            alertName: alertName, time: time, firing: [],
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}

extension ListBuilder where Element == AlertExpectation {
    /// A ``Fires`` statement.
    public static func buildExpression(_ statement: Fires) -> [AlertExpectation] { [statement.expectation] }

    /// A ``Quiet`` statement.
    public static func buildExpression(_ statement: Quiet) -> [AlertExpectation] { [statement.expectation] }
}
