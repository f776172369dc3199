/// `lhs op rhs` between two vectors; the result keeps the left side's labels.
func binary<L: LabelKey>(_ lhs: PromQLExpression, _ op: PromQLBinaryExpression.Operator, _ rhs: PromQLExpression)
    -> InstantVector<L>
{
    InstantVector(.binary(PromQLBinaryExpression(lhs, op, rhs)))
}

/// Adds two vectors, series matched by their labels.
public func + <A: VectorExpression, B: VectorExpression>(lhs: A, rhs: B) -> InstantVector<A.Labels> {
    binary(lhs.expression, .add, rhs.expression)
}

/// Subtracts two vectors, series matched by their labels.
public func - <A: VectorExpression, B: VectorExpression>(lhs: A, rhs: B) -> InstantVector<A.Labels> {
    binary(lhs.expression, .subtract, rhs.expression)
}

/// Multiplies two vectors, series matched by their labels.
public func * <A: VectorExpression, B: VectorExpression>(lhs: A, rhs: B) -> InstantVector<A.Labels> {
    binary(lhs.expression, .multiply, rhs.expression)
}

/// Divides two vectors, series matched by their labels: `errors / total` is a ratio per series.
public func / <A: VectorExpression, B: VectorExpression>(lhs: A, rhs: B) -> InstantVector<A.Labels> {
    binary(lhs.expression, .divide, rhs.expression)
}

/// Adds a number to every series.
public func + <A: VectorExpression>(lhs: A, rhs: Double) -> InstantVector<A.Labels> {
    binary(lhs.expression, .add, .number(rhs))
}

/// Subtracts a number from every series.
public func - <A: VectorExpression>(lhs: A, rhs: Double) -> InstantVector<A.Labels> {
    binary(lhs.expression, .subtract, .number(rhs))
}

/// Multiplies every series by a number: `ratio * 100` is a percentage.
public func * <A: VectorExpression>(lhs: A, rhs: Double) -> InstantVector<A.Labels> {
    binary(lhs.expression, .multiply, .number(rhs))
}

/// Divides every series by a number: `bytes / 1024`.
public func / <A: VectorExpression>(lhs: A, rhs: Double) -> InstantVector<A.Labels> {
    binary(lhs.expression, .divide, .number(rhs))
}

/// Subtracts every series from a number: `1 - ratio`.
public func - <B: VectorExpression>(lhs: Double, rhs: B) -> InstantVector<B.Labels> {
    binary(.number(lhs), .subtract, rhs.expression)
}

/// Multiplies a number by every series: `100 * ratio`.
public func * <B: VectorExpression>(lhs: Double, rhs: B) -> InstantVector<B.Labels> {
    binary(.number(lhs), .multiply, rhs.expression)
}

/// Compares every series with a scalar query such as `time()`: `v - time()`.
public func - <A: VectorExpression>(lhs: A, rhs: ScalarExpression) -> InstantVector<A.Labels> {
    binary(lhs.expression, .subtract, rhs.expression)
}

/// A scalar query minus every series: `time() - v`, the age of timestamps.
public func - <B: VectorExpression>(lhs: ScalarExpression, rhs: B) -> InstantVector<B.Labels> {
    binary(lhs.expression, .subtract, rhs.expression)
}
