/// Walking the tree: the sub-expressions, every selector and every label list.
extension PromQLExpression {
    /// Calls `body` with each direct sub-expression, in the order they are written. A range selector's child is
    /// its vector selector.
    public func forEachChild(_ body: (PromQLExpression) throws -> Void) rethrows {
        switch self {
        case .number, .string, .vectorSelector:
            break
        case .matrixSelector(let matrix):
            try body(.vectorSelector(matrix.selector))
        case .subquery(let subquery):
            try body(subquery.expression)
        case .call(let call):
            for argument in call.arguments {
                try body(argument)
            }
        case .aggregation(let aggregation):
            if let parameter = aggregation.parameter {
                try body(parameter)
            }
            try body(aggregation.expression)
        case .binary(let binary):
            try body(binary.lhs)
            try body(binary.rhs)
        case .unary(_, let operand):
            try body(operand)
        }
    }

    /// Calls `body` with this expression and then every sub-expression, depth first in written order.
    public func visit(_ body: (PromQLExpression) throws -> Void) rethrows {
        try body(self)
        try forEachChild { try $0.visit(body) }
    }

    /// Every vector selector, in written order, with its range and the function applied directly to it.
    public var selectorUsages: [PromQLSelectorUsage] {
        var usages: [PromQLSelectorUsage] = []
        collectSelectorUsages(into: &usages, function: nil)
        return usages
    }

    /// Every vector selector, in written order.
    public var selectors: [PromQLVectorSelector] {
        selectorUsages.map(\.selector)
    }

    /// Every `by`, `without`, `on`, `ignoring`, `group_left` and `group_right` label list, outer expressions
    /// first (the order of ``visit(_:)``), with the selectors the labels refer to.
    public var labelClauses: [PromQLLabelClause] {
        var clauses: [PromQLLabelClause] = []
        visit { expression in
            switch expression {
            case .aggregation(let aggregation):
                switch aggregation.grouping {
                case .by(let labels):
                    clauses.append(
                        PromQLLabelClause(kind: .by, labels: labels, selectors: aggregation.expression.selectors))
                case .without(let labels):
                    clauses.append(
                        PromQLLabelClause(kind: .without, labels: labels, selectors: aggregation.expression.selectors))
                case nil:
                    break
                }
            case .binary(let binary):
                guard let matching = binary.matching else { return }
                let left = binary.lhs.selectors
                let right = binary.rhs.selectors
                clauses.append(
                    PromQLLabelClause(
                        kind: matching.axis == .on ? .on : .ignoring, labels: matching.labels, selectors: left + right))
                switch matching.group {
                case .left(let labels):
                    clauses.append(PromQLLabelClause(kind: .groupLeft, labels: labels, selectors: right))
                case .right(let labels):
                    clauses.append(PromQLLabelClause(kind: .groupRight, labels: labels, selectors: left))
                case nil: break
                }
            default:
                break
            }
        }
        return clauses
    }

    private func collectSelectorUsages(into usages: inout [PromQLSelectorUsage], function: PromQLFunction?) {
        switch self {
        case .vectorSelector(let selector):
            usages.append(PromQLSelectorUsage(selector: selector, function: function))
        case .matrixSelector(let matrix):
            usages.append(PromQLSelectorUsage(selector: matrix.selector, range: matrix.range, function: function))
        case .subquery(let subquery):
            if case .vectorSelector(let selector) = subquery.expression {
                usages.append(PromQLSelectorUsage(selector: selector, range: subquery.range, function: function))
            } else {
                subquery.expression.collectSelectorUsages(into: &usages, function: nil)
            }
        case .call(let call):
            for argument in call.arguments {
                argument.collectSelectorUsages(into: &usages, function: call.function)
            }
        default:
            forEachChild { $0.collectSelectorUsages(into: &usages, function: nil) }
        }
    }
}
