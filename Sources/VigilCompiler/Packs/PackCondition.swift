import VigilModel

/// The condition of a pack alert: a syntax tree, built from its parts (``RulePack/selected``, the shared alert
/// shapes ``RulePack/flag``, ``RulePack/increase``, ``PackErrorShare``, ``PackFailureRatio``, ``PackLimitRatio``,
/// and the builders of `PromQLExpression+Building.swift`), never printed and parsed. No text converts to one, so
/// a pack cannot write PromQL as a string.
enum PackCondition {
    /// The condition's tree.
    case built(PromQLExpression)

    /// The alert's expression, attributed to `location`.
    func resolved(at location: SourceLocation) -> ResolvedExpression {
        switch self {
        case .built(let tree): ResolvedExpression(tree: tree, rawText: nil, syntaxError: nil, location: location)
        }
    }
}
