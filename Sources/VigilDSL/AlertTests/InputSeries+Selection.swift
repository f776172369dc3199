extension InputSeries {
    /// A series of a declared metric: its name and equality matchers, plus `labels` (e.g. `job`, `instance`).
    public init<S: SeriesSelection>(
        _ selection: S, labels: [String: String] = [:], values: SeriesValues,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        var selector = selection.selector
        for (name, value) in labels.sorted(by: { $0.key < $1.key }) {
            selector.matchers.append(PromQLLabelMatcher(name, .equal, value))
        }
        self.init(
            selector.description, values: values, fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
