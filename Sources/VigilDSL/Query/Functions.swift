/// A one-series vector holding `value`, without labels: `vector(1)`.
public func vector(_ value: Double) -> InstantVector<NoLabels> {
    InstantVector(.call(PromQLCall(.catalogued("vector"), [.number(value)])))
}

/// Clamps every value into `lower...upper`: `clamp(v, lower, upper)`.
public func clamp<V: VectorExpression>(_ vector: V, _ range: ClosedRange<Double>) -> InstantVector<V.Labels> {
    InstantVector(
        .call(PromQLCall(.catalogued("clamp"), [vector.expression, .number(range.lowerBound), .number(range.upperBound)])))
}

/// Raises every value below `lower` to it: `clamp_min(v, lower)`.
public func clampMin<V: VectorExpression>(_ vector: V, _ lower: Double) -> InstantVector<V.Labels> {
    InstantVector(.call(PromQLCall(.catalogued("clamp_min"), [vector.expression, .number(lower)])))
}

/// Lowers every value above `upper` to it: `clamp_max(v, upper)`.
public func clampMax<V: VectorExpression>(_ vector: V, _ upper: Double) -> InstantVector<V.Labels> {
    InstantVector(.call(PromQLCall(.catalogued("clamp_max"), [vector.expression, .number(upper)])))
}

/// The seconds since each sample's value, for "last success" timestamps: `time() - v`.
public func age<V: VectorExpression>(_ timestamps: V) -> InstantVector<V.Labels> {
    InstantVector(
        .binary(PromQLBinaryExpression(.call(PromQLCall(.catalogued("time"), [])), .subtract, timestamps.expression)))
}

/// Copies (a regex-rewritten) `source` label into `destination`:
/// `label_replace(v, "destination", "replacement", "source", "regex")`.
public func labelReplace<V: VectorExpression>(
    _ vector: V, destination: String, replacement: String, source: V.Labels, regex: String
) -> InstantVector<V.Labels> {
    InstantVector(
        .call(
            PromQLCall(
                .catalogued("label_replace"),
                [vector.expression, .string(destination), .string(replacement), .string(source.rawValue), .string(regex)])))
}
