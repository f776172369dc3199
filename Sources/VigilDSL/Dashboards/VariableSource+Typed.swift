extension VariableSource {
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
