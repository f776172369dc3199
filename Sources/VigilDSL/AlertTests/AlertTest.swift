/// A unit test of a service's alerts, run by `promtool test rules`: input series sampled every `interval`,
/// and what must (and must not) fire when.
///
/// ```swift
/// AlertTest("HighErrorRate fires when 10% of requests fail") {
///     InputSeries(requests.where(.status, equals: "500"), labels: ["job": "api"],
///                 values: .increasing(from: 0, by: 6, steps: 30))
///     InputSeries(requests.where(.status, equals: "200"), labels: ["job": "api"],
///                 values: .increasing(from: 0, by: 54, steps: 30))
/// } expect: {
///     Quiet("HighErrorRate", at: .minutes(3))
///     Fires("HighErrorRate", at: .minutes(10), labels: ["job": "api"], value: 0.1)
/// }
/// ```
public struct AlertTest: Sendable {
    /// What the test shows, in a sentence.
    public let name: String
    /// The time between two samples of the input series.
    public let interval: Duration
    /// The input series.
    public let series: [InputSeries]
    /// The expectations, in the order written.
    public let expectations: [AlertExpectation]
    /// Where the test was declared.
    public let location: SourceLocation

    /// Declares a test.
    public init(
        _ name: String, interval: Duration = .minutes(1),
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<InputSeries> input: () -> [InputSeries],
        @ListBuilder<AlertExpectation> expect: () -> [AlertExpectation]
    ) {
        self.name = name
        self.interval = interval
        self.series = input()
        self.expectations = expect()
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
