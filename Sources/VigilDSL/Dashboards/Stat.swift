/// One big number per series, reduced from its values (the last, by default): Grafana's `stat` panel.
///
/// ```swift
/// Stat("Requests per second", unit: .requestsPerSecond) { sum(rate(requests, over: .minutes(5))) }
/// ```
public struct Stat: DashboardPanel {
    /// What is coloured by the thresholds.
    public enum ColorMode: String, Hashable, Sendable {
        case value, background, none
    }

    /// What is shown: the value, the series name, or both.
    public enum TextMode: String, Hashable, Sendable {
        case auto, value, name, none
        case valueAndName = "value_and_name"
    }

    /// The options of a stat panel.
    public struct Options: Hashable, Sendable {
        /// How each series becomes one value.
        public var reduction: Reduction
        /// Whether a sparkline of the series is drawn behind the value.
        public var sparkline: Bool
        /// What the thresholds colour.
        public var colorMode: ColorMode
        /// What is shown.
        public var textMode: TextMode
    }

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
