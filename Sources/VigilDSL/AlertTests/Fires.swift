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
