extension InstantVector {
    /// Matches the two sides of this binary operation on these labels only: `a / on (job) b`.
    public func on(_ labels: [Labels], plus target: [TargetLabel] = []) -> InstantVector {
        matched(.on, labels.map(\.rawValue) + target.map(\.rawValue))
    }

    /// Matches the two sides on all labels but these: `a / ignoring (code) b`.
    public func ignoring(_ labels: [Labels], plus target: [TargetLabel] = []) -> InstantVector {
        matched(.ignoring, labels.map(\.rawValue) + target.map(\.rawValue))
    }

    /// Many-to-one matching: each left series matches one right series, copying `including` from it:
    /// `a * on (job) group_left (version) b`. Call after ``on(_:plus:)`` or ``ignoring(_:plus:)``.
    public func groupLeft(including labels: [String] = []) -> InstantVector {
        grouped(.left(labels))
    }

    /// One-to-many matching, the mirror of ``groupLeft(including:)``.
    public func groupRight(including labels: [String] = []) -> InstantVector {
        grouped(.right(labels))
    }

    func matched(_ axis: PromQLBinaryExpression.VectorMatching.Axis, _ labels: [String]) -> InstantVector {
        guard case .binary(var operation) = expression else { return self }
        operation.matching = PromQLBinaryExpression.VectorMatching(axis, labels, group: operation.matching?.group)
        return InstantVector(.binary(operation))
    }

    func grouped(_ group: PromQLBinaryExpression.VectorMatching.Group) -> InstantVector {
        guard case .binary(var operation) = expression else { return self }
        var matching = operation.matching ?? PromQLBinaryExpression.VectorMatching(.ignoring, [])
        matching.group = group
        operation.matching = matching
        return InstantVector(.binary(operation))
    }
}
