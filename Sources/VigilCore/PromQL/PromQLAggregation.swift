/// An aggregation over the series of an instant vector: `sum by (job) (rate(x[5m]))`, `topk(5, x)`.
public struct PromQLAggregation: Hashable, Sendable, CustomStringConvertible {
    /// The aggregation operators of Prometheus 3.
    public enum Operator: String, Hashable, Sendable, CaseIterable {
        /// Sum of the values.
        case sum
        /// Arithmetic mean of the values.
        case avg
        /// Number of series.
        case count
        /// Smallest value.
        case min
        /// Largest value.
        case max
        /// `1` for each group.
        case group
        /// Population standard deviation.
        case stddev
        /// Population variance.
        case stdvar
        /// The `k` series with the largest values (parameter: `k`).
        case topk
        /// The `k` series with the smallest values (parameter: `k`).
        case bottomk
        /// The φ-quantile of the values (parameter: φ).
        case quantile
        /// Number of series per distinct value (parameter: the output label name).
        case countValues = "count_values"
        /// Some `k` series (parameter: `k`); experimental.
        case limitk
        /// A deterministic ratio of the series (parameter: the ratio); experimental.
        case limitRatio = "limit_ratio"

        /// The type of the parameter written before the operand, or `nil` when the operator takes none.
        public var parameterType: PromQLValueType? {
            switch self {
            case .topk, .bottomk, .quantile, .limitk, .limitRatio: .scalar
            case .countValues: .string
            case .sum, .avg, .count, .min, .max, .group, .stddev, .stdvar: nil
            }
        }

        /// Which Prometheus versions run the operator, and the feature flag it needs.
        public var availability: PromQLAvailability {
            switch self {
            case .limitk, .limitRatio: .experimental(since: .v254)
            case .sum, .avg, .count, .min, .max, .group, .stddev, .stdvar, .topk, .bottomk, .quantile, .countValues:
                .stable
            }
        }
    }

    /// Which labels define the output groups.
    public enum Grouping: Hashable, Sendable {
        /// `by (labels)`: one group per combination of these labels, which are the only ones kept.
        case by([String])
        /// `without (labels)`: one group per combination of all other labels.
        case without([String])

        /// The labels listed.
        public var labels: [String] {
            switch self {
            case .by(let labels), .without(let labels): labels
            }
        }
    }

    /// The operator.
    public var op: Operator
    /// The parameter, for the operators that take one (`5` in `topk(5, x)`).
    public var parameter: PromQLExpression?
    /// The instant vector aggregated.
    public var expression: PromQLExpression
    /// The grouping; `nil` aggregates everything into one series (the parser reads `by ()` as `nil`).
    public var grouping: Grouping?

    /// Creates `op by/without (labels) (parameter, expression)`.
    public init(
        _ op: Operator, _ expression: PromQLExpression, parameter: PromQLExpression? = nil, grouping: Grouping? = nil
    ) {
        self.op = op
        self.expression = expression
        self.parameter = parameter
        self.grouping = grouping
    }

    /// The aggregation in canonical PromQL.
    public var description: String {
        PromQLExpression.aggregation(self).description
    }
}
