import VigilCore
import VigilDSL
import VigilModel

/// The typed builder's functions called in process on the values ``TypedQueryTranslator`` builds, each the call
/// the Swift source it writes makes: generic helpers open the values' existential types for the builder's
/// generic functions.
enum BuilderCalls {
    typealias Counters = any SeriesSelection<CounterType, ImportedLabel>
    typealias Gauges = any SeriesSelection<GaugeType, ImportedLabel>
    typealias Histograms = any SeriesSelection<HistogramType, ImportedLabel>

    /// `selection.where(label, equals: value)` and the like, or `selection.job(value)`.
    static func narrowed<S: SeriesSelection>(_ selection: S, by matcher: PromQLLabelMatcher, job: Bool)
        -> any SeriesSelection
    {
        if job { return selection.job(matcher.value) }
        guard let key = S.Labels(rawValue: matcher.label) else { return selection }
        switch matcher.op {
        case .equal: return selection.where(key, equals: matcher.value)
        case .notEqual: return selection.where(key, notEquals: matcher.value)
        case .matchesRegex: return selection.where(key, matches: matcher.value)
        case .doesNotMatchRegex: return selection.where(key, doesNotMatch: matcher.value)
        }
    }

    /// `selection.offset(duration)`.
    static func offset<S: SeriesSelection>(_ selection: S, by duration: Duration) -> any SeriesSelection {
        selection.offset(duration)
    }

    /// A histogram's or summary's `count` or `sum` series.
    static func part(_ part: QueryVocabulary.Part, of metric: any SeriesSelection) -> any SeriesSelection {
        switch (part, metric) {
        case (.count, let histogram as Histogram<ImportedLabel>): histogram.count
        case (.sum, let histogram as Histogram<ImportedLabel>): histogram.sum
        case (.count, let summary as Summary<ImportedLabel>): summary.count
        case (.sum, let summary as Summary<ImportedLabel>): summary.sum
        default: metric
        }
    }

    /// `function(selection, over: range)` of the counter and gauge range functions, `nil` for the wrong kind.
    static func range(_ function: String, _ selection: any SeriesSelection, over range: Duration)
        -> (any VectorExpression)?
    {
        if let counter = selection as? Counters {
            switch function {
            case "rate": return rate(counter, over: range)
            case "irate": return irate(counter, over: range)
            case "increase": return increase(counter, over: range)
            case "resets": return resets(counter, over: range)
            default: return nil
            }
        }
        guard let gauge = selection as? Gauges else { return nil }
        switch function {
        case "delta": return delta(gauge, over: range)
        case "deriv": return deriv(gauge, over: range)
        case "changes": return changes(gauge, over: range)
        default:
            guard let aggregation = OverTime.allCases.first(where: { $0.rawValue + "_over_time" == function }) else {
                return nil
            }
            return overTime(aggregation, gauge, over: range)
        }
    }

    /// `aggregator(vector, by: labels, plus: target)`, the named function where the builder has one.
    static func aggregated<V: VectorExpression>(
        _ aggregator: Aggregator, _ vector: V, by labels: [String], plus target: [TargetLabel]
    ) -> any VectorExpression {
        let keys = labels.compactMap(V.Labels.init(rawValue:))
        switch aggregator {
        case .sum: return sum(vector, by: keys, plus: target)
        case .avg: return avg(vector, by: keys, plus: target)
        case .min: return min(vector, by: keys, plus: target)
        case .max: return max(vector, by: keys, plus: target)
        case .count: return count(vector, by: keys, plus: target)
        case .group, .stddev, .stdvar: return aggregate(aggregator, vector, by: keys, plus: target)
        }
    }

    /// `aggregate(aggregator, vector, without: labels)`.
    static func aggregated<V: VectorExpression>(_ aggregator: Aggregator, _ vector: V, without labels: [String])
        -> any VectorExpression
    {
        aggregate(aggregator, vector, without: labels.compactMap(V.Labels.init(rawValue:)))
    }

    /// `topk(k, vector, by: labels)`, `bottomk` or `quantile`.
    static func ranked<V: VectorExpression>(
        _ op: PromQLAggregation.Operator, _ parameter: Double, _ vector: V, by labels: [String]
    ) -> any VectorExpression {
        let keys = labels.compactMap(V.Labels.init(rawValue:))
        switch op {
        case .topk: return topk(Int(parameter), vector, by: keys)
        case .bottomk: return bottomk(Int(parameter), vector, by: keys)
        default: return quantile(parameter, vector, by: keys)
        }
    }

    /// `histogramQuantile(φ, histogram, over: range, by: labels, plus: target)`.
    static func histogramQuantile(
        _ quantile: Double, _ histogram: any SeriesSelection, over range: Duration, by labels: [String],
        plus target: [TargetLabel]
    ) -> (any VectorExpression)? {
        guard let histogram = histogram as? Histograms else { return nil }
        return VigilDSL.histogramQuantile(
            quantile, histogram, over: range, by: labels.map(ImportedLabel.init(rawValue:)), plus: target)
    }

    /// `lhs op rhs` between two vectors.
    static func binary<A: VectorExpression, B: VectorExpression>(
        _ lhs: A, _ op: PromQLBinaryExpression.Operator, _ rhs: B
    ) -> (any VectorExpression)? {
        switch op {
        case .add: lhs + rhs
        case .subtract: lhs - rhs
        case .multiply: lhs * rhs
        case .divide: lhs / rhs
        case .greater: lhs > rhs
        case .greaterOrEqual: lhs >= rhs
        case .less: lhs < rhs
        case .lessOrEqual: lhs <= rhs
        case .equal: lhs.equals(rhs)
        case .notEqual: lhs.notEquals(rhs)
        case .and: (lhs as? any BinaryQuery)?.and(rhs)
        case .or: (lhs as? any BinaryQuery)?.or(rhs)
        case .unless: (lhs as? any BinaryQuery)?.unless(rhs)
        case .modulo, .power, .atan2: nil
        }
    }

    /// `lhs op number`.
    static func binary<A: VectorExpression>(_ lhs: A, _ op: PromQLBinaryExpression.Operator, _ number: Double)
        -> (any VectorExpression)?
    {
        switch op {
        case .add: lhs + number
        case .subtract: lhs - number
        case .multiply: lhs * number
        case .divide: lhs / number
        case .greater: lhs > number
        case .greaterOrEqual: lhs >= number
        case .less: lhs < number
        case .lessOrEqual: lhs <= number
        case .equal: lhs.equals(number)
        case .notEqual: lhs.notEquals(number)
        default: nil
        }
    }

    /// `number op rhs`: the builder has `-` and `*`.
    static func binary<B: VectorExpression>(_ number: Double, _ op: PromQLBinaryExpression.Operator, _ rhs: B)
        -> (any VectorExpression)?
    {
        switch op {
        case .subtract: number - rhs
        case .multiply: number * rhs
        default: nil
        }
    }

    /// `vector - scalar` or `scalar - vector`.
    static func subtract<V: VectorExpression>(_ vector: V, _ scalar: ScalarExpression, scalarFirst: Bool)
        -> any VectorExpression
    {
        scalarFirst ? scalar - vector : vector - scalar
    }

    /// `query.on(labels, plus: target)` where the labels are `typed` (the query's own, then target labels), else
    /// `query.on(names:)`, or the same with `ignoring`; then `groupLeft(including:)` or `groupRight(including:)`.
    static func matched(
        _ query: any BinaryQuery, _ matching: PromQLBinaryExpression.VectorMatching,
        typed: (labels: [String], target: [TargetLabel])?
    ) -> any BinaryQuery {
        var matched: any BinaryQuery
        if let typed {
            matched = self.matched(query, matching.axis, typed.labels, plus: typed.target)
        } else {
            matched =
                matching.axis == .on ? query.on(names: matching.labels) : query.ignoring(names: matching.labels)
        }
        switch matching.group {
        case .left(let labels): matched = matched.groupLeft(including: labels)
        case .right(let labels): matched = matched.groupRight(including: labels)
        case nil: break
        }
        return matched
    }

    /// `query.on(labels, plus: target)` or `query.ignoring(labels, plus: target)`.
    private static func matched<Q: BinaryQuery>(
        _ query: Q, _ axis: PromQLBinaryExpression.VectorMatching.Axis, _ labels: [String], plus target: [TargetLabel]
    ) -> any BinaryQuery {
        let keys = labels.compactMap(Q.Labels.init(rawValue:))
        return axis == .on ? query.on(keys, plus: target) : query.ignoring(keys, plus: target)
    }

    /// `condition.asBool`.
    static func asBool(_ condition: any VectorExpression) -> (any VectorExpression)? {
        switch condition {
        case let typed as Condition<ImportedLabel>: typed.asBool
        case let untyped as Condition<NoLabels>: untyped.asBool
        default: nil
        }
    }

    /// `absentOverTime(selection, over: range)`.
    static func absentOverTime<S: SeriesSelection>(_ selection: S, over range: Duration) -> any VectorExpression {
        VigilDSL.absentOverTime(selection, over: range)
    }

    /// `absent(vector)`.
    static func absent<V: VectorExpression>(_ vector: V) -> any VectorExpression { VigilDSL.absent(vector) }
}
