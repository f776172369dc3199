import VigilDSL

/// The PromQL pieces SLO rules are made of, as syntax trees (the compiler reads selectors, not typed metrics).
enum SLOQuery {
    /// `name(arguments...)` of a function in the catalogue.
    static func call(_ name: String, _ arguments: [PromQLExpression]) -> PromQLExpression {
        guard let function = PromQLFunction.named(name) else { preconditionFailure("\(name) is not a PromQL function") }
        return .call(PromQLCall(function, arguments))
    }

    /// `function(selector[window])`.
    static func overTime(_ function: String, _ selector: PromQLVectorSelector, _ window: Duration) -> PromQLExpression {
        call(function, [.matrixSelector(PromQLMatrixSelector(selector, range: window))])
    }

    /// `op by (grouping) (expression)`, or without `by` when there is no grouping.
    static func aggregate(_ op: PromQLAggregation.Operator, _ expression: PromQLExpression, by grouping: [String])
        -> PromQLExpression
    {
        .aggregation(PromQLAggregation(op, expression, grouping: grouping.isEmpty ? nil : .by(grouping)))
    }

    /// `sum by (grouping) (rate(selector[window]))`.
    static func summedRate(_ selector: PromQLVectorSelector, _ window: Duration, by grouping: [String])
        -> PromQLExpression
    {
        aggregate(.sum, overTime("rate", selector, window), by: grouping)
    }

    /// `lhs op rhs`.
    static func binary(
        _ lhs: PromQLExpression, _ op: PromQLBinaryExpression.Operator, _ rhs: PromQLExpression,
        on matching: [String]? = nil
    ) -> PromQLExpression {
        .binary(PromQLBinaryExpression(lhs, op, rhs, matching: matching.map { .init(.on, $0) }))
    }

    /// A number, from its exact value.
    static func number(_ value: Fraction) -> PromQLExpression {
        .number(value.doubleValue)
    }
}
