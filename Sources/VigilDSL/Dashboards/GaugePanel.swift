/// A dial per series between the field's min and max, coloured by the thresholds: Grafana's `gauge` panel.
///
/// ```swift
/// GaugePanel("Connection pool", unit: .percentUnit) { used / capacity }.min(0).max(1)
/// ```
public struct GaugePanel: DashboardPanel {
    /// The options of a gauge panel.
    public typealias Options = GaugePanelOptions

    public var panel: Panel

    /// A gauge panel of `queries`.
    public init(
        _ title: String, unit: Unit? = nil, reduction: Reduction = .lastNotNull, showsThresholdMarkers: Bool = true,
        showsThresholdLabels: Bool = false,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<Query> queries: () -> [Query]
    ) {
        let options = Options(
            reduction: reduction, showsThresholdMarkers: showsThresholdMarkers,
            showsThresholdLabels: showsThresholdLabels)
        panel = Panel(
            .gauge(options), title, unit: unit, queries: queries(),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
