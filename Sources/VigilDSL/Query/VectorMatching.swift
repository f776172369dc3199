/// A query built from a binary operation, whose two sides can be matched on chosen labels and combined with
/// the set operators: ``InstantVector`` and ``Condition``.
public protocol BinaryQuery: VectorExpression {
    /// Wraps a syntax tree.
    init(_ expression: PromQLExpression)
}

extension InstantVector: BinaryQuery {}

extension BinaryQuery {
    /// The series of this query that have a match in `other`: `a and b`.
    public func and<Other: VectorExpression>(_ other: Other) -> Self {
        Self(.binary(PromQLBinaryExpression(expression, .and, other.expression)))
    }

    /// The series of both queries, this one's first where both have a series: `a or b`.
    public func or<Other: VectorExpression>(_ other: Other) -> Self {
        Self(.binary(PromQLBinaryExpression(expression, .or, other.expression)))
    }

    /// The series of this query that have no match in `other`: `a unless b`.
    public func unless<Other: VectorExpression>(_ other: Other) -> Self {
        Self(.binary(PromQLBinaryExpression(expression, .unless, other.expression)))
    }

    /// Matches the two sides of this binary operation on these labels only: `a / on (job) b`,
    /// `a and on (instance) b`.
    public func on(_ labels: [Labels], plus target: [TargetLabel] = []) -> Self {
        matched(.on, labels.map { $0.rawValue } + target.map { $0.rawValue })
    }

    /// Matches the two sides on all labels but these: `a / ignoring (code) b`.
    public func ignoring(_ labels: [Labels], plus target: [TargetLabel] = []) -> Self {
        matched(.ignoring, labels.map { $0.rawValue } + target.map { $0.rawValue })
    }

    /// Matches the two sides on all labels but these, named as text: for labels only the other side has,
    /// such as `a - ignoring (state) b` where `state` is a label of `b`.
    public func ignoring(names labels: [String]) -> Self {
        matched(.ignoring, labels)
    }

    /// Matches the two sides on these labels only, named as text: for labels the left side's type does not
    /// list.
    public func on(names labels: [String]) -> Self {
        matched(.on, labels)
    }

    /// Many-to-one matching: each left series matches one right series, copying `including` from it:
    /// `a * on (job) group_left (version) b`. Call after ``on(_:plus:)`` or ``ignoring(_:plus:)``.
    public func groupLeft(including labels: [String] = []) -> Self {
        grouped(.left(labels))
    }

    /// One-to-many matching, the mirror of ``groupLeft(including:)``.
    public func groupRight(including labels: [String] = []) -> Self {
        grouped(.right(labels))
    }

    func matched(_ axis: PromQLBinaryExpression.VectorMatching.Axis, _ labels: [String]) -> Self {
        guard case .binary(var operation) = expression else { return self }
        operation.matching = PromQLBinaryExpression.VectorMatching(axis, labels, group: operation.matching?.group)
        return Self(.binary(operation))
    }

    func grouped(_ group: PromQLBinaryExpression.VectorMatching.Group) -> Self {
        guard case .binary(var operation) = expression else { return self }
        var matching = operation.matching ?? PromQLBinaryExpression.VectorMatching(.ignoring, [])
        matching.group = group
        operation.matching = matching
        return Self(.binary(operation))
    }
}
