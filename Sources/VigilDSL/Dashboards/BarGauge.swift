/// One bar per series, reduced from its values: Grafana's `bargauge` panel, for comparing many series.
///
/// ```swift
/// BarGauge("Top endpoints", unit: .requestsPerSecond) { topk(10, sum(rate(requests, over: .hours(1)), by: [.handler])) }
/// ```
public struct BarGauge: DashboardPanel {
    /// How the bars are drawn.
    public typealias Style = BarGaugeOptions.Style

    /// The direction of the bars.
    public typealias Orientation = BarGaugeOptions.Orientation

    /// The options of a bar gauge panel.
    public typealias Options = BarGaugeOptions

    public var panel: Panel

    /// A bar gauge panel of `queries`.
    public init(
        _ title: String, unit: Unit? = nil, reduction: Reduction = .lastNotNull, style: Style = .gradient,
        orientation: Orientation = .horizontal, showsUnfilled: Bool = true,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<Query> queries: () -> [Query]
    ) {
        let options = Options(
            reduction: reduction, style: style, orientation: orientation, showsUnfilled: showsUnfilled)
        panel = Panel(
            .barGauge(options), title, unit: unit, queries: queries(),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
