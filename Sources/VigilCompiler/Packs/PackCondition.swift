import VigilModel

/// The condition of a pack alert: a syntax tree, as the shared alert shapes (``RulePack/flag``,
/// ``RulePack/increase``, ``PackErrorShare``, ``PackFailureRatio``, ``PackLimitRatio``) and a pack's plain
/// comparisons build it, or PromQL text, as the rest still write it (a string literal is text).
enum PackCondition: ExpressibleByStringInterpolation {
    /// Built from its parts, never printed and parsed.
    case built(PromQLExpression)
    /// PromQL text, parsed once into the alert's expression.
    case text(String)

    init(stringLiteral text: String) {
        self = .text(text)
    }

    init(stringInterpolation: DefaultStringInterpolation) {
        self = .text(String(stringInterpolation: stringInterpolation))
    }

    /// The alert's expression, attributed to `location`: the tree, or the text parsed.
    func resolved(at location: SourceLocation) -> ResolvedExpression {
        switch self {
        case .built(let tree): ResolvedExpression(tree: tree, rawText: nil, syntaxError: nil, location: location)
        case .text(let text): ResolvedExpression(parsing: text, at: location)
        }
    }
}
