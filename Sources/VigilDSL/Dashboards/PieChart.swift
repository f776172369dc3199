/// Each series' share of the whole, reduced from its values: Grafana's `piechart` panel.
///
/// ```swift
/// PieChart("Requests by status") { sum(increase(requests, over: .hours(1)), by: [.status]) }
///     .legendFormat("{{status}}")
/// ```
public struct PieChart: DashboardPanel {
    /// A full pie or a ring.
    public enum Style: String, Hashable, Sendable {
        case pie, donut
    }

    /// What a slice or a legend entry shows besides its colour.
    public enum Label: String, Hashable, Sendable {
        case name, value, percent
    }

    /// The options of a pie chart panel.
    public struct Options: Hashable, Sendable {
        /// How each series becomes one value.
        public var reduction: Reduction
        /// Pie or donut.
        public var style: Style
        /// What the slices are labelled with.
        public var labels: [Label]
        /// What the legend shows beside each name (`name` is ignored there).
        public var legendValues: [Label]
    }

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
