/// One input series of an alert test: which series, and its samples.
public struct InputSeries: Sendable {
    /// The series in PromQL selector notation, e.g. `http_requests_total{job="api",status="500"}`.
    public let series: String
    /// Its samples.
    public let values: SeriesValues
    /// Where it was written.
    public let location: SourceLocation

    /// A series of a declared metric: its name and equality matchers, plus `labels` (e.g. `job`, `instance`).
    public init<S: SeriesSelection>(
        _ selection: S, labels: [String: String] = [:], values: SeriesValues,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        var selector = selection.selector
        for (name, value) in labels.sorted(by: { $0.key < $1.key }) {
            selector.matchers.append(PromQLLabelMatcher(name, .equal, value))
        }
        self.series = selector.description
        self.values = values
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// A series written as a PromQL selector with equality matchers, e.g. `up{job="api",instance="api:8080"}`.
    public init(
        _ series: String, values: SeriesValues,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.series = series
        self.values = values
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
