/// Runs every validation rule over every stack and collects all diagnostics at once.
public enum StackValidator {
    /// The rules run on each stack, in no particular order (diagnostics are sorted when printed).
    public static let rules: [ValidationRule] =
        NamingRules.all + ScrapeRules.all + RelabelRules.all + MetricRules.all + RuleRules.all + AlertTestRules.all
        + PrometheusCompatibilityRules.all
        + SLORules.all
        + AlertmanagerRules.all + DashboardQueryRules.all + DashboardStructureRules.all + ContainerRules.all
        + BindAddressRules.all + CredentialRules.all + SecretRules.all
        + DocumentationRules.all

    /// All diagnostics for these stacks, including those that concern several stacks, each once. Each rule's check of
    /// each stack is a task of its own, and so is each dashboard, which the rules that look at one dashboard at
    /// a time check together; the tasks run on every core.
    public static func validate(_ stacks: [ResolvedStack]) -> [Diagnostic] {
        let stackRules = rules.filter { $0.dashboardCheck == nil }
        let dashboardChecks = rules.compactMap(\.dashboardCheck)
        var tasks = stacks.flatMap { stack in stackRules.map { rule in Task.stack(stack, rule.check) } }
        for stack in stacks where !stack.dashboards.isEmpty {
            let context = DashboardRuleContext(stack)
            tasks += stack.dashboards.indices.map { Task.dashboard(context, $0) }
        }
        let found = tasks.concurrentMap { task in
            switch task {
            case .stack(let stack, let check):
                return check(stack)
            case .dashboard(let context, let index):
                let dashboard = context.stack.dashboards[index]
                return dashboardChecks.flatMap { $0(dashboard, context) }
            }
        }
        // One problem reached by several paths (an SLO's query, checked in the rule of each of its windows, at
        // the SLO's location) is reported once.
        return (duplicateStacks(stacks) + found.joined()).uniqued
    }

    /// A unit of validation work.
    private enum Task: Sendable {
        /// A rule's check of a whole stack.
        case stack(ResolvedStack, @Sendable (ResolvedStack) -> [Diagnostic])
        /// Every per-dashboard check of the dashboard at an index of the context's stack.
        case dashboard(DashboardRuleContext, Int)
    }

    /// Two stacks with one name would write into one folder.
    static func duplicateStacks(_ stacks: [ResolvedStack]) -> [Diagnostic] {
        DuplicateNames.errors(
            stacks, by: \.name, at: \.location, id: "duplicate-stack",
            hint: { DuplicateNames.hint(first: $0, "rename one of them") },
            message: { "stack '\($0.name)' is declared twice; both would write generated/\($0.name)/" })
    }
}
