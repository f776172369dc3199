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

    /// The values of `label` among the series of `metric`, which may be narrowed by other variables:
    /// `.labelValues(.handler, of: requests.where(.method, matches: "$method"))`.
    public static func labelValues<S: SeriesSelection>(_ label: S.Labels, of metric: S) -> VariableSource {
        .labelValues(label: label.rawValue, of: metric.selector)
    }

    /// The values of a target label (`job`, `instance`) among the series of `metric`.
    public static func labelValues<S: SeriesSelection>(_ label: TargetLabel, of metric: S) -> VariableSource {
        .labelValues(label: label.rawValue, of: metric.selector)
    }

    /// The results of a typed query, narrowed by `regex` when given.
    public static func queryResult(_ query: some VectorExpression, regex: String? = nil) -> VariableSource {
        .queryResult(.built(query.expression), regex: regex)
    }

    /// The results of a query written as PromQL text, narrowed by `regex` when given.
    public static func queryResult(_ query: PromQL, regex: String? = nil) -> VariableSource {
        .queryResult(.raw(query), regex: regex)
    }
}
