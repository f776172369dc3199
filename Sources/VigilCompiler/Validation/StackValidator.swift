/// Runs every validation rule over every stack and collects all diagnostics at once.
public enum StackValidator {
    /// The rules run on each stack, in no particular order (diagnostics are sorted when printed).
    public static let rules: [ValidationRule] =
        NamingRules.all + ScrapeRules.all + RelabelRules.all + MetricRules.all + RuleRules.all + AlertTestRules.all
        + SLORules.all
        + AlertmanagerRules.all + DashboardQueryRules.all + DashboardStructureRules.all + ContainerRules.all
        + DocumentationRules.all

    /// All diagnostics for these stacks, including those that concern several stacks. Each rule's check of
    /// each stack is a task of its own, run on every core.
    public static func validate(_ stacks: [ResolvedStack]) -> [Diagnostic] {
        let tasks = stacks.flatMap { stack in rules.map { (stack: stack, rule: $0) } }
        return duplicateStacks(stacks) + tasks.concurrentMap { $0.rule.check($0.stack) }.joined()
    }

    /// Two stacks with one name would write into one folder.
    static func duplicateStacks(_ stacks: [ResolvedStack]) -> [Diagnostic] {
        var firstByName: [String: ResolvedStack] = [:]
        var diagnostics: [Diagnostic] = []
        for stack in stacks {
            if let first = firstByName[stack.name] {
                diagnostics.append(
                    .error(
                        "duplicate-stack",
                        "stack '\(stack.name)' is declared twice; both would write generated/\(stack.name)/",
                        at: stack.location,
                        hint: "the first is at \(first.location.fileID):\(first.location.line); rename one of them"))
            } else {
                firstByName[stack.name] = stack
            }
        }
        return diagnostics
    }
}
