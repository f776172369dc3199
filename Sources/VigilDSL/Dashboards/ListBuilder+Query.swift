extension ListBuilder where Element == Query {
    /// A typed query statement.
    public static func buildExpression<V: VectorExpression>(
        _ query: V, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> [Query] {
        [Query(query, fileID: fileID, filePath: filePath, line: line, column: column)]
    }

    /// A PromQL text statement.
    public static func buildExpression(_ promQL: PromQL) -> [Query] { [Query(promQL)] }
}
