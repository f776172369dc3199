/// The rules on the components a stack declares, whatever deploys them.
package enum ComponentRules {
    package static let all: [ValidationRule] = [
        ValidationRule("components are declared once", check: redeclarations)
    ]

    static func redeclarations(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.components.redeclarations.map {
            .error(
                "duplicate-component",
                "the stack already runs \($0.component), declared at \($0.first.reference)",
                at: $0.location, hint: "a stack runs one; remove this declaration")
        }
    }
}
