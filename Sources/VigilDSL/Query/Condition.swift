/// A query that selects the series meeting a condition: a comparison such as `latency > 2`, `absent(x)`, or
/// conditions combined with `and`, `or` and `unless`. An alert's body must be one, so that an alert cannot
/// be written on an expression that is never "true" or "false".
public struct Condition<Labels: LabelKey>: BinaryQuery {
    public let expression: PromQLExpression

    /// Wraps a syntax tree that filters series.
    public init(_ expression: PromQLExpression) {
        self.expression = expression
    }

    /// The comparison as 0 or 1 for every series instead of a filter: `a > bool 2`.
    public var asBool: InstantVector<Labels> {
        guard case .binary(var comparison) = expression, comparison.op.isComparison else {
            return InstantVector(expression)
        }
        comparison.returnsBool = true
        return InstantVector(.binary(comparison))
    }
}

/// Keeps the series whose value is above the threshold.
public func > <A: VectorExpression>(lhs: A, rhs: Double) -> Condition<A.Labels> {
    Condition(.binary(PromQLBinaryExpression(lhs.expression, .greater, .number(rhs))))
}

/// Keeps the series whose value is at or above the threshold.
public func >= <A: VectorExpression>(lhs: A, rhs: Double) -> Condition<A.Labels> {
    Condition(.binary(PromQLBinaryExpression(lhs.expression, .greaterOrEqual, .number(rhs))))
}

/// Keeps the series whose value is below the threshold.
public func < <A: VectorExpression>(lhs: A, rhs: Double) -> Condition<A.Labels> {
    Condition(.binary(PromQLBinaryExpression(lhs.expression, .less, .number(rhs))))
}

/// Keeps the series whose value is at or below the threshold.
public func <= <A: VectorExpression>(lhs: A, rhs: Double) -> Condition<A.Labels> {
    Condition(.binary(PromQLBinaryExpression(lhs.expression, .lessOrEqual, .number(rhs))))
}

/// Keeps the left series whose value is above the matching right series.
public func > <A: VectorExpression, B: VectorExpression>(lhs: A, rhs: B) -> Condition<A.Labels> {
    Condition(.binary(PromQLBinaryExpression(lhs.expression, .greater, rhs.expression)))
}

/// Keeps the left series whose value is below the matching right series.
public func < <A: VectorExpression, B: VectorExpression>(lhs: A, rhs: B) -> Condition<A.Labels> {
    Condition(.binary(PromQLBinaryExpression(lhs.expression, .less, rhs.expression)))
}

/// Keeps the left series whose value is at or above the matching right series.
public func >= <A: VectorExpression, B: VectorExpression>(lhs: A, rhs: B) -> Condition<A.Labels> {
    Condition(.binary(PromQLBinaryExpression(lhs.expression, .greaterOrEqual, rhs.expression)))
}

/// Keeps the left series whose value is at or below the matching right series.
public func <= <A: VectorExpression, B: VectorExpression>(lhs: A, rhs: B) -> Condition<A.Labels> {
    Condition(.binary(PromQLBinaryExpression(lhs.expression, .lessOrEqual, rhs.expression)))
}

extension VectorExpression {
    /// Keeps the series whose value equals `value` (`up == 0`).
    public func equals(_ value: Double) -> Condition<Labels> {
        Condition(.binary(PromQLBinaryExpression(expression, .equal, .number(value))))
    }

    /// Keeps the series whose value differs from `value`.
    public func notEquals(_ value: Double) -> Condition<Labels> {
        Condition(.binary(PromQLBinaryExpression(expression, .notEqual, .number(value))))
    }

    /// Keeps the series whose value equals the matching series of `other`.
    public func equals<Other: VectorExpression>(_ other: Other) -> Condition<Labels> {
        Condition(.binary(PromQLBinaryExpression(expression, .equal, other.expression)))
    }

    /// Keeps the series whose value differs from the matching series of `other`.
    public func notEquals<Other: VectorExpression>(_ other: Other) -> Condition<Labels> {
        Condition(.binary(PromQLBinaryExpression(expression, .notEqual, other.expression)))
    }
}

/// One series with value 1 when the selection matches nothing, e.g. when a target has vanished:
/// `absent(up{job="api"})`.
public func absent<V: VectorExpression>(_ vector: V) -> Condition<V.Labels> {
    Condition(.call(PromQLCall(.catalogued("absent"), [vector.expression])))
}

/// One series with value 1 when the selection had no sample during `range`.
public func absentOverTime<S: SeriesSelection>(_ selection: S, over range: Duration) -> Condition<S.Labels> {
    Condition(.call(PromQLCall(.catalogued("absent_over_time"), [selection.range(range)])))
}
