extension Schedule {
    /// A schedule called `name`.
    public init(
        _ name: String, timeZone: String? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<Period> periods: () -> [Period]
    ) {
        self.init(
            name: name, timeZone: timeZone, periods: periods(),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
