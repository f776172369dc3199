/// Where a dashboard variable's values come from.
public enum VariableSource: Sendable {
    /// The values of one label of a selection's series: Prometheus's `label_values(selector, label)`.
    case labelValues(label: String, of: PromQLVectorSelector)
    /// The results of a query, each as text (`query_result(query)`), optionally narrowed by a regular
    /// expression whose first group is the value.
    case queryResult(RuleExpression, regex: String?)
    /// A fixed list of values.
    case custom([String])
    /// Time intervals to choose from, with an automatic one when `auto` is set.
    case interval([Duration], auto: Bool = false)
    /// The provisioned data sources of a kind.
    case datasource(DatasourceKind)
    /// A hidden, fixed value.
    case constant(String)
}
