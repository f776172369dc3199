/// An SLI of availability: the share of time a 0/1 gauge such as `up` or `probe_success` was 0, averaged over
/// its series (each scrape target weighs the same).
///
/// ```swift
/// Availability(PrometheusServerMetrics.up.job("autodealgenie-backend"))
/// ```
public struct Availability: ServiceLevelIndicatorStatement {
    public let indicator: ServiceLevelIndicator

    /// The time `gauge` was 0 is the error; one ratio per combination of the labels in `by`.
    public init<G: SeriesSelection>(
        _ gauge: G, by grouping: [G.Labels] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) where G.Kind == GaugeType {
        indicator = ServiceLevelIndicator(
            .availability(gauge.selector), grouping: grouping.map { $0.rawValue },
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    @available(
        *, unavailable,
        message: "availability reads a 0/1 gauge such as up; for counters of failed and total requests use Ratio"
    )
    public init<G: SeriesSelection>(_ counter: G, by grouping: [G.Labels] = []) where G.Kind == CounterType {
        fatalError("unavailable")
    }
}
