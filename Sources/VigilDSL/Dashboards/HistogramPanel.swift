/// The distribution of the queries' values over the time range, bucketed by Grafana: its `histogram`
/// panel. (For a Prometheus histogram's own buckets over time, use a ``Heatmap``.)
///
/// ```swift
/// HistogramPanel("Queue depth distribution") { queueDepth }
/// ```
public struct HistogramPanel: DashboardPanel {
    /// The options of a histogram panel.
    public typealias Options = HistogramPanelOptions

    public var panel: Panel

    /// A histogram panel of `queries`.
    public init(
        _ title: String, unit: Unit? = nil, bucketCount: Int? = nil, combinesSeries: Bool = false,
        legend: Legend = .list,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<Query> queries: () -> [Query]
    ) {
        let options = Options(bucketCount: bucketCount, combinesSeries: combinesSeries, legend: legend)
        panel = Panel(
            .histogram(options), title, unit: unit, queries: queries(),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
