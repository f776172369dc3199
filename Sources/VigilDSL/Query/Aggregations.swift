/// The aggregation operators that take no parameter.
public enum Aggregator: String, Sendable, CaseIterable {
    case sum, avg, min, max, count, group, stddev, stdvar

    var op: PromQLAggregation.Operator {
        switch self {
        case .sum: .sum
        case .avg: .avg
        case .min: .min
        case .max: .max
        case .count: .count
        case .group: .group
        case .stddev: .stddev
        case .stdvar: .stdvar
        }
    }
}

/// Sums the series, keeping the labels in `by` (and the target labels in `plus`): `sum by (...) (v)`.
public func sum<V: VectorExpression>(_ vector: V, by labels: [V.Labels] = [], plus target: [TargetLabel] = [])
    -> InstantVector<V.Labels>
{
    aggregate(.sum, vector, by: labels, plus: target)
}

/// Averages the series: `avg by (...) (v)`.
public func avg<V: VectorExpression>(_ vector: V, by labels: [V.Labels] = [], plus target: [TargetLabel] = [])
    -> InstantVector<V.Labels>
{
    aggregate(.avg, vector, by: labels, plus: target)
}

/// The smallest value: `min by (...) (v)`.
public func min<V: VectorExpression>(_ vector: V, by labels: [V.Labels] = [], plus target: [TargetLabel] = [])
    -> InstantVector<V.Labels>
{
    aggregate(.min, vector, by: labels, plus: target)
}

/// The largest value: `max by (...) (v)`.
public func max<V: VectorExpression>(_ vector: V, by labels: [V.Labels] = [], plus target: [TargetLabel] = [])
    -> InstantVector<V.Labels>
{
    aggregate(.max, vector, by: labels, plus: target)
}

/// How many series: `count by (...) (v)`.
public func count<V: VectorExpression>(_ vector: V, by labels: [V.Labels] = [], plus target: [TargetLabel] = [])
    -> InstantVector<V.Labels>
{
    aggregate(.count, vector, by: labels, plus: target)
}

/// Any aggregator, grouping by the labels in `by` and the target labels in `plus`.
public func aggregate<V: VectorExpression>(
    _ aggregator: Aggregator, _ vector: V, by labels: [V.Labels] = [], plus target: [TargetLabel] = []
) -> InstantVector<V.Labels> {
    let names = labels.map { $0.rawValue } + target.map { $0.rawValue }
    return InstantVector(
        .aggregation(PromQLAggregation(aggregator.op, vector.expression, grouping: names.isEmpty ? nil : .by(names))))
}

/// Any aggregator over all labels but those in `without`: `sum without (...) (v)`.
public func aggregate<V: VectorExpression>(_ aggregator: Aggregator, _ vector: V, without labels: [V.Labels])
    -> InstantVector<V.Labels>
{
    InstantVector(
        .aggregation(
            PromQLAggregation(aggregator.op, vector.expression, grouping: .without(labels.map { $0.rawValue }))))
}

/// The `k` largest series: `topk by (...) (k, v)`.
public func topk<V: VectorExpression>(_ k: Int, _ vector: V, by labels: [V.Labels] = []) -> InstantVector<V.Labels> {
    parameterised(.topk, .number(Double(k)), vector, labels)
}

/// The `k` smallest series: `bottomk by (...) (k, v)`.
public func bottomk<V: VectorExpression>(_ k: Int, _ vector: V, by labels: [V.Labels] = []) -> InstantVector<V.Labels> {
    parameterised(.bottomk, .number(Double(k)), vector, labels)
}

/// The φ-quantile (0 to 1) across series: `quantile by (...) (φ, v)`.
public func quantile<V: VectorExpression>(_ quantile: Double, _ vector: V, by labels: [V.Labels] = [])
    -> InstantVector<V.Labels>
{
    parameterised(.quantile, .number(quantile), vector, labels)
}

/// Counts the series per value, putting the value in label `label`: `count_values("label", v)`.
public func countValues<V: VectorExpression>(_ label: String, _ vector: V, by labels: [V.Labels] = [])
    -> InstantVector<V.Labels>
{
    parameterised(.countValues, .string(label), vector, labels)
}

func parameterised<V: VectorExpression>(
    _ op: PromQLAggregation.Operator, _ parameter: PromQLExpression, _ vector: V, _ labels: [V.Labels]
) -> InstantVector<V.Labels> {
    let grouping: PromQLAggregation.Grouping? = labels.isEmpty ? nil : .by(labels.map { $0.rawValue })
    return InstantVector(
        .aggregation(PromQLAggregation(op, vector.expression, parameter: parameter, grouping: grouping)))
}
