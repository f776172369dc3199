/// The state of each series over time as coloured bands, e.g. which targets were up: Grafana's
/// `state-timeline` panel. Value mappings name and colour the states.
///
/// ```swift
/// StateTimeline("Targets") { PrometheusServerMetrics.up }
///     .legendFormat("{{job}}")
///     .mappings(.value("1", text: "up", color: .green), .value("0", text: "down", color: .red))
/// ```
public struct StateTimeline: DashboardPanel {
    /// When the values are written on the bands.
    public typealias ValueDisplay = StateTimelineOptions.ValueDisplay

    /// The options of a state timeline panel.
    public typealias Options = StateTimelineOptions

    public var panel: Panel

    /// A state timeline of `queries`.
    public init(
        _ title: String, unit: Unit? = nil, mergesValues: Bool = true, showsValues: ValueDisplay = .auto,
        legend: Legend = .list,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<Query> queries: () -> [Query]
    ) {
        let options = Options(mergesValues: mergesValues, showsValues: showsValues, legend: legend)
        panel = Panel(
            .stateTimeline(options), title, unit: unit, queries: queries(),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
