/// A routing expectation: an alert with these labels reaches exactly these receivers, in this order.
///
/// Checked when the specs are generated, and again by `specs validate` with
/// `amtool config routes test --verify.receivers`:
/// ```swift
/// Expect(["severity": "critical", "service": "payments"], routesTo: pagerDuty)
/// ```
public struct Expect: Hashable, Sendable {
    /// The alert's labels.
    public let labels: [AlertLabel: String]
    /// The receivers it must reach, in routing-tree order (several when routes `continue`).
    public let receivers: [Receiver]
    /// Where the expectation was written.
    public let location: SourceLocation

    /// An alert labelled `labels` reaches `receiver` and no other.
    public init(
        _ labels: [AlertLabel: String], routesTo receiver: Receiver,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(labels, routesTo: [receiver], fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// An alert labelled `labels` reaches `receivers`, in this order, and no other.
    public init(
        _ labels: [AlertLabel: String], routesTo receivers: [Receiver],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.labels = labels
        self.receivers = receivers
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
