/// One check over a lowered stack: a pure function from the model to the problems it finds.
public struct ValidationRule: Sendable {
    /// What the rule checks, for listings and tests.
    public let name: String
    /// The check itself.
    public let check: @Sendable (ResolvedStack) -> [Diagnostic]

    /// Creates a rule.
    public init(_ name: String, check: @escaping @Sendable (ResolvedStack) -> [Diagnostic]) {
        self.name = name
        self.check = check
    }
}
