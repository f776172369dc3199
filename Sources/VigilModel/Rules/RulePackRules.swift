import VigilCore

/// Rules on the overrides of rule packs: each must be one the pack can apply.
package enum RulePackRules {
    package static let all: [ValidationRule] = [
        ValidationRule("rule pack overrides apply to the pack", check: overrides)
    ]

    /// The problems the lowering found in each pack's overrides, at the override.
    static func overrides(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.rulePacks.flatMap { pack in
            pack.problems.map { problem in
                .error(
                    "invalid-pack-override", "\(pack.name) pack: \(problem.message)", at: problem.location,
                    hint: problem.hint)
            }
        }
    }
}
