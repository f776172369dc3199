extension Query {
    /// A query built with the typed builder.
    public init<V: VectorExpression>(
        _ query: V, legendFormat: String? = nil, instant: Bool = false,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            expression: .built(query.expression), legendFormat: legendFormat, instant: instant,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
