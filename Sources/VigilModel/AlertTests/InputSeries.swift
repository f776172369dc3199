/// One input series of an alert test: which series, and its samples.
public struct InputSeries: Sendable {
    /// The series in PromQL selector notation, e.g. `http_requests_total{job="api",status="500"}`.
    public let series: String
    /// Its samples.
    public let values: SeriesValues
    /// Where it was written.
    public let location: SourceLocation

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
