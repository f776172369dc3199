import VigilCore

/// A template variable after lowering: the query Grafana runs for its values, if any.
public struct ResolvedVariable: Sendable {
    /// The variable as written.
    public var variable: Variable
    /// The data source its values come from (query and data source variables).
    public var datasource: DatasourceReference?
    /// Grafana's query text: `label_values(selector, label)`, `query_result(query)`, or the values of a
    /// custom or interval variable separated by commas.
    public var query: String
    /// The PromQL the query reads, checked against the declared metrics (query variables only).
    public var expression: ResolvedExpression?

    /// A value of these fields.
    package init(
        variable: Variable, datasource: DatasourceReference? = nil, query: String, expression: ResolvedExpression? = nil
    ) {
        self.variable = variable
        self.datasource = datasource
        self.query = query
        self.expression = expression
    }
}
