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
