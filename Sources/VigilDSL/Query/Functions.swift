/// A one-series vector holding `value`, without labels: `vector(1)`.
public func vector(_ value: Double) -> InstantVector<NoLabels> {
    InstantVector(.call(PromQLCall(.catalogued("vector"), [.number(value)])))
}

/// Clamps every value into `lower...upper`: `clamp(v, lower, upper)`.
public func clamp<V: VectorExpression>(_ vector: V, _ range: ClosedRange<Double>) -> InstantVector<V.Labels> {
    InstantVector(
        .call(
            PromQLCall(.catalogued("clamp"), [vector.expression, .number(range.lowerBound), .number(range.upperBound)]))
    )
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
    time() - timestamps
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
                [
                    vector.expression, .string(destination), .string(replacement), .string(source.rawValue),
                    .string(regex),
                ])))
}

/// Joins the values of `sources` with `separator` into label `destination`:
/// `label_join(v, "destination", "separator", "a", "b")`.
public func labelJoin<V: VectorExpression>(
    _ vector: V, destination: String, separator: String, sources: [V.Labels]
) -> InstantVector<V.Labels> {
    InstantVector(
        .call(
            PromQLCall(
                .catalogued("label_join"),
                [vector.expression, .string(destination), .string(separator)] + sources.map { .string($0.rawValue) })))
}

/// The value of a one-series vector as a scalar (NaN when it has none or several): `scalar(v)`.
public func scalar<V: VectorExpression>(_ vector: V) -> ScalarExpression {
    ScalarExpression(.call(PromQLCall(.catalogued("scalar"), [vector.expression])))
}

/// The evaluation time in seconds since the epoch: `time()`.
public func time() -> ScalarExpression {
    ScalarExpression(.call(PromQLCall(.catalogued("time"), [])))
}

/// The timestamp of each series' sample, in seconds: `timestamp(v)`.
public func timestamp<V: VectorExpression>(_ vector: V) -> InstantVector<V.Labels> {
    InstantVector(.call(PromQLCall(.catalogued("timestamp"), [vector.expression])))
}

/// A part of the current UTC time, for alerts that only matter at some hours or days.
public enum CalendarComponent: String, Sendable, CaseIterable {
    case minute, hour, month, year
    case dayOfWeek = "day_of_week"
    case dayOfMonth = "day_of_month"
    case dayOfYear = "day_of_year"
    case daysInMonth = "days_in_month"
}

/// The current UTC `component` as a one-series vector without labels: `hour()`, `day_of_week()`.
public func calendar(_ component: CalendarComponent) -> InstantVector<NoLabels> {
    InstantVector(.call(PromQLCall(.catalogued(component.rawValue), [])))
}

/// The element-wise math functions of PromQL.
public enum MathFunction: String, Sendable, CaseIterable {
    case abs, ceil, floor, round, sqrt, exp, ln, log2, log10, sgn
}

/// `function(v)` for every series: `abs(v)`, `ceil(v)`, `ln(v)`...
public func math<V: VectorExpression>(_ function: MathFunction, _ vector: V) -> InstantVector<V.Labels> {
    InstantVector(.call(PromQLCall(.catalogued(function.rawValue), [vector.expression])))
}
