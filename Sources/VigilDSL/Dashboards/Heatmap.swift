/// How a histogram's observations spread over its buckets through time: Grafana's `heatmap` panel over the
/// rate of each bucket, `sum by (le) (rate(name_bucket[range]))`.
///
/// It takes a histogram metric (or a selection of one), so a heatmap of a counter or a gauge does not
/// compile:
/// ```swift
/// Heatmap("Latency", latency, unit: .seconds)
/// ```
public struct Heatmap: DashboardPanel {
    /// The colour scheme of the cells, from few observations to many.
    public typealias Scheme = HeatmapOptions.Scheme

    /// The options of a heatmap panel.
    public typealias Options = HeatmapOptions

    public var panel: Panel

    /// A heatmap of `histogram`'s buckets, each bucket's rate taken over `range`; `unit` is the unit of
    /// the observations (the y axis).
    public init<S: SeriesSelection>(
        _ title: String, _ histogram: S, over range: Duration = .minutes(5), unit: Unit? = nil,
        scheme: Scheme = .oranges,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) where S.Kind == HistogramType {
        let location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
        let buckets = InstantVector<S.Labels>(bucketRates(histogram, range, [], []))
        panel = Panel(
            .heatmap(Options(scheme: scheme)), title, unit: unit,
            queries: [
                Query(buckets, legendFormat: "{{le}}", fileID: fileID, filePath: filePath, line: line, column: column)
            ],
            location: location)
    }

    @available(
        *, unavailable, message: "a heatmap shows a histogram's buckets; for a counter plot rate() in a TimeSeries"
    )
    public init<S: SeriesSelection>(
        _ title: String, _ counter: S, over range: Duration = .minutes(5), unit: Unit? = nil, scheme: Scheme = .oranges,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) where S.Kind == CounterType { fatalError("unavailable") }

    @available(
        *, unavailable,
        message: "a heatmap shows a histogram's buckets; for a gauge use a TimeSeries or a HistogramPanel"
    )
    public init<S: SeriesSelection>(
        _ title: String, _ gauge: S, over range: Duration = .minutes(5), unit: Unit? = nil, scheme: Scheme = .oranges,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) where S.Kind == GaugeType { fatalError("unavailable") }

    @available(
        *, unavailable,
        message: "a heatmap needs a histogram's buckets; a summary exports quantiles only, which a TimeSeries plots"
    )
    public init<S: SeriesSelection>(
        _ title: String, _ summary: S, over range: Duration = .minutes(5), unit: Unit? = nil, scheme: Scheme = .oranges,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) where S.Kind == SummaryType { fatalError("unavailable") }
}
