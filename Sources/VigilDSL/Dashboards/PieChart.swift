/// Each series' share of the whole, reduced from its values: Grafana's `piechart` panel.
///
/// ```swift
/// PieChart("Requests by status") { sum(increase(requests, over: .hours(1)), by: [.status]) }
///     .legendFormat("{{status}}")
/// ```
public struct PieChart: DashboardPanel {
    /// A full pie or a ring.
    public typealias Style = PieChartOptions.Style

    /// What a slice or a legend entry shows besides its colour.
    public typealias Label = PieChartOptions.Label

    /// The options of a pie chart panel.
    public typealias Options = PieChartOptions

    public var panel: Panel

    /// A pie chart of `queries`.
    public init(
        _ title: String, unit: Unit? = nil, reduction: Reduction = .lastNotNull, style: Style = .pie,
        labels: [Label] = [.percent], legendValues: [Label] = [.value],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<Query> queries: () -> [Query]
    ) {
        let options = Options(reduction: reduction, style: style, labels: labels, legendValues: legendValues)
        panel = Panel(
            .pieChart(options), title, unit: unit, queries: queries(),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
