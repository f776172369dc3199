import VigilModel

/// The syntax trees the compiler writes on a stack's behalf (derived dashboards, rule packs' signals), built
/// from their parts rather than printed and parsed: each helper is the tree of the PromQL in its comment.
extension PromQLExpression {
    /// `name{matchers}`, or the bare name without matchers.
    static func series(_ name: String, _ matchers: [PromQLLabelMatcher] = []) -> PromQLExpression {
        .vectorSelector(PromQLVectorSelector(name: name, matchers: matchers))
    }

    /// `function(arguments...)`.
    static func call(_ function: PromQLFunction, _ arguments: PromQLExpression...) -> PromQLExpression {
        .call(PromQLCall(function, arguments))
    }

    /// `name{matchers}[range]`: the samples of a range, which functions such as `rate` take.
    static func range(_ name: String, _ matchers: [PromQLLabelMatcher] = [], over range: Duration) -> PromQLExpression {
        .matrixSelector(PromQLMatrixSelector(PromQLVectorSelector(name: name, matchers: matchers), range: range))
    }

    /// `function(name{matchers}[range])`: a function of a range of samples, such as `rate` or `increase`.
    static func call(
        _ function: PromQLFunction, _ name: String, _ matchers: [PromQLLabelMatcher] = [], over range: Duration
    ) -> PromQLExpression {
        call(function, Self.range(name, matchers, over: range))
    }

    /// `op(self)`, `op by (labels) (self)` or `op without (labels) (self)`.
    func aggregated(
        _ op: PromQLAggregation.Operator, by labels: [String]? = nil, without dropped: [String]? = nil
    ) -> PromQLExpression {
        let grouping = labels.map(PromQLAggregation.Grouping.by) ?? dropped.map(PromQLAggregation.Grouping.without)
        return .aggregation(PromQLAggregation(op, self, grouping: grouping))
    }

    /// `self op other`, or `self op on (labels) other` and the like with vector `matching`.
    func applying(
        _ op: PromQLBinaryExpression.Operator, _ other: PromQLExpression,
        matching: PromQLBinaryExpression.VectorMatching? = nil
    ) -> PromQLExpression {
        .binary(PromQLBinaryExpression(self, op, other, matching: matching))
    }
}

extension PromQLBinaryExpression.VectorMatching {
    /// `on (labels)`, then `group_left (…)` or `group_right (…)` when `group` says.
    static func on(_ labels: [String], group: Group? = nil) -> Self {
        Self(.on, labels, group: group)
    }

    /// `ignoring (labels)`, then `group_left (…)` or `group_right (…)` when `group` says.
    static func ignoring(_ labels: [String], group: Group? = nil) -> Self {
        Self(.ignoring, labels, group: group)
    }
}
