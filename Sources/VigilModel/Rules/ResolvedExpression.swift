import VigilCore

/// The PromQL of a rule after lowering: the syntax tree, or the syntax error of a raw expression.
public struct ResolvedExpression: Sendable {
    /// The tree; `nil` when the raw text did not parse.
    public var tree: PromQLExpression?
    /// The text as the user wrote it, for raw expressions.
    public var rawText: String?
    /// The syntax error of a raw expression that did not parse.
    public var syntaxError: PromQLSyntaxError?
    /// Where the expression was written (the `PromQL("...")` call, or the rule).
    public var location: SourceLocation

    /// Lowers a DSL rule expression.
    package init(_ expression: RuleExpression, declaredAt ruleLocation: SourceLocation) {
        switch expression {
        case .built(let tree):
            self.init(tree: tree, rawText: nil, syntaxError: nil, location: ruleLocation)
        case .raw(let promQL):
            switch promQL.parsed {
            case .success(let tree):
                self.init(tree: tree, rawText: promQL.text, syntaxError: nil, location: promQL.location)
            case .failure(let error):
                self.init(tree: nil, rawText: promQL.text, syntaxError: error, location: promQL.location)
            }
        }
    }

    package init(tree: PromQLExpression?, rawText: String?, syntaxError: PromQLSyntaxError?, location: SourceLocation) {
        self.tree = tree
        self.rawText = rawText
        self.syntaxError = syntaxError
        self.location = location
    }
}
