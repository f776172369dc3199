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
            self.init(promQL.parsed, of: promQL.text, at: promQL.location)
        }
    }

    /// Parses PromQL `text` written at `location`: its tree, or its syntax error. What Vigil writes as text on a
    /// stack's behalf (the rule packs' conditions) is parsed here, once.
    package init(parsing text: String, at location: SourceLocation) {
        self.init(
            Result { () throws(PromQLSyntaxError) in try PromQLExpression(parsing: text) }, of: text, at: location)
    }

    /// `text` as `parsed`: its tree, or its syntax error.
    private init(_ parsed: Result<PromQLExpression, PromQLSyntaxError>, of text: String, at location: SourceLocation) {
        switch parsed {
        case .success(let tree): self.init(tree: tree, rawText: text, syntaxError: nil, location: location)
        case .failure(let error): self.init(tree: nil, rawText: text, syntaxError: error, location: location)
        }
    }

    package init(tree: PromQLExpression?, rawText: String?, syntaxError: PromQLSyntaxError?, location: SourceLocation) {
        self.tree = tree
        self.rawText = rawText
        self.syntaxError = syntaxError
        self.location = location
    }
}
