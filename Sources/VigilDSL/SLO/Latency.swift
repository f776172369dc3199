/// An SLI of latency: the share of requests slower than a threshold, from a histogram whose buckets include
/// the threshold (Vigil reports an error naming the nearest buckets otherwise).
///
/// ```swift
/// Latency(latency, below: .milliseconds(500))
/// Latency(latency.where(.handler, equals: "/deals"), below: .seconds(2))
/// ```
public struct Latency: ServiceLevelIndicatorStatement {
    public let indicator: ServiceLevelIndicator

    /// Requests of `histogram` slower than `threshold` are errors; one ratio per combination of the labels in
    /// `by`. The histogram is in seconds, or declared with `unit: .milliseconds`, which puts a threshold of
    /// `.milliseconds(200)` at its bucket `le="200"`.
    public init<H: SeriesSelection>(
        _ histogram: H, below threshold: Duration, by grouping: [H.Labels] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) where H.Kind == HistogramType {
        indicator = ServiceLevelIndicator(
            .latency(histogram.selector, threshold: threshold), grouping: grouping.map { $0.rawValue },
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    @available(*, unavailable, message: "a latency SLI needs a histogram: a summary's quantiles cannot be aggregated")
    public init<H: SeriesSelection>(_ summary: H, below threshold: Duration, by grouping: [H.Labels] = [])
    where H.Kind == SummaryType { fatalError("unavailable") }

    @available(
        *, unavailable, message: "a latency SLI needs a histogram; for counters of slow and total requests use Ratio"
    )
    public init<H: SeriesSelection>(_ counter: H, below threshold: Duration, by grouping: [H.Labels] = [])
    where H.Kind == CounterType { fatalError("unavailable") }
}
