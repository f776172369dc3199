/// An SLI of freshness: the share of time the newest "last success" timestamp (a gauge of Unix seconds, such as
/// `batch_last_success_timestamp_seconds`) was older than `maxAge`.
///
/// ```swift
/// Freshness(lastSync, maxAge: .minutes(30))
/// ```
public struct Freshness: ServiceLevelIndicatorStatement {
    public let indicator: ServiceLevelIndicator

    /// Data older than `maxAge` is the error; one ratio per combination of the labels in `by`.
    public init<G: SeriesSelection>(
        _ lastSuccess: G, maxAge: Duration, by grouping: [G.Labels] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) where G.Kind == GaugeType {
        indicator = ServiceLevelIndicator(
            .freshness(lastSuccess.selector, maxAge: maxAge), grouping: grouping.map { $0.rawValue },
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    @available(
        *, unavailable, message: "freshness reads a gauge holding the Unix time of the last success, not a counter"
    )
    public init<G: SeriesSelection>(_ counter: G, maxAge: Duration, by grouping: [G.Labels] = [])
    where G.Kind == CounterType { fatalError("unavailable") }
}
