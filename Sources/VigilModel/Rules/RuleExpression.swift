/// The expression of an alert or recording rule: built with the typed builder, or written as PromQL text.
public enum RuleExpression: Sendable {
    /// Built by the typed builder, so well-formed by construction.
    case built(PromQLExpression)
    /// Written as text, parsed (and checked) by the compiler.
    case raw(PromQL)
}
