/// One big number per series, reduced from its values (the last, by default): Grafana's `stat` panel.
///
/// ```swift
/// Stat("Requests per second", unit: .requestsPerSecond) { sum(rate(requests, over: .minutes(5))) }
/// ```
public struct Stat: DashboardPanel {
    /// What is coloured by the thresholds.
    public typealias ColorMode = StatOptions.ColorMode

    /// What is shown: the value, the series name, or both.
    public typealias TextMode = StatOptions.TextMode

    /// The options of a stat panel.
    public typealias Options = StatOptions

    public var panel: Panel

    /// A stat panel of `queries`.
    public init(
        _ title: String, unit: Unit? = nil, reduction: Reduction = .lastNotNull, sparkline: Bool = true,
        colorMode: ColorMode = .value, textMode: TextMode = .auto,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<Query> queries: () -> [Query]
    ) {
        let options = Options(reduction: reduction, sparkline: sparkline, colorMode: colorMode, textMode: textMode)
        panel = Panel(
            .stat(options), title, unit: unit, queries: queries(),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
