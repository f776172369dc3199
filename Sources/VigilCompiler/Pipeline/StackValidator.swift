import VigilBackends
import VigilModel

/// Runs every validation rule over every stack and collects all diagnostics at once.
public enum StackValidator {
    /// The rules every stack is checked against, whatever it is generated for: the model's (names, scrape jobs
    /// and their relabelling, the fields' Prometheus releases, metrics, rules and their tests, SLOs, routing,
    /// dashboards, credentials, secrets, documentation). Each target's backend adds its own
    /// (``TargetBackend/rules``). In no particular order: diagnostics are sorted when printed.
    public static let modelRules: [ValidationRule] =
        NamingRules.all + ScrapeRules.all + RelabelRules.all + RemoteWriteRules.all + PrometheusCompatibilityRules.all
        + HighAvailabilityRules.all + LongTermStoreRules.all
        + MetricRules.all
        + RuleRules.all + AlertTestRules.all + SLORules.all
        + AlertmanagerRules.all + DashboardQueryRules.all + DashboardStructureRules.all + ComponentRules.all
        + RemoteHostRules.all
        + CredentialRules.all
        + SecretRules.all + DocumentationRules.all + RulePackRules.all

    /// The rules `stack` is checked against: the model's and its targets' backends'.
    static func rules(for stack: ResolvedStack) -> [ValidationRule] {
        modelRules + TargetBackends.backends(for: stack.targets).flatMap(\.rules)
    }

    /// All diagnostics for these stacks, including those that concern several stacks, each once. Each stack's
    /// context (what its rules share, ``StackRuleContext``) is worked out first; then each rule's check of each
    /// stack is a task of its own, and so is each dashboard, which the rules that look at one dashboard at a time
    /// check together; the tasks run on every core.
    public static func validate(_ stacks: [ResolvedStack]) -> [Diagnostic] {
        let contexts = stacks.concurrentMap(StackRuleContext.init)
        var tasks: [Task] = []
        for context in contexts {
            let rules = rules(for: context.stack)
            tasks += rules.filter { $0.dashboardCheck == nil }.map { Task.stack(context, $0.checkInContext) }
            let checks = rules.compactMap(\.dashboardCheck)
            tasks += context.stack.dashboards.indices.map { Task.dashboard(context, $0, checks) }
        }
        let found = tasks.concurrentMap { task in
            switch task {
            case .stack(let context, let check):
                return check(context)
            case .dashboard(let context, let index, let checks):
                let dashboard = context.stack.dashboards[index]
                return checks.flatMap { $0(dashboard, context) }
            }
        }
        // One problem reached by several paths (an SLO's query, checked in the rule of each of its windows, at
        // the SLO's location) is reported once.
        return (duplicateStacks(stacks) + found.joined()).uniqued
    }

    /// A unit of validation work.
    private enum Task: Sendable {
        /// A rule's check of a whole stack, given the stack's context.
        case stack(StackRuleContext, ValidationRule.ContextCheck)
        /// The per-dashboard checks of the dashboard at an index of the context's stack.
        case dashboard(StackRuleContext, Int, [ValidationRule.DashboardCheck])
    }

    /// Two stacks with one name would write into one folder.
    static func duplicateStacks(_ stacks: [ResolvedStack]) -> [Diagnostic] {
        DuplicateNames.errors(
            stacks, by: \.name, at: \.location, id: "duplicate-stack",
            hint: { DuplicateNames.hint(first: $0, "rename one of them") },
            message: { "stack '\($0.name)' is declared twice; both would write generated/\($0.name)/" })
    }
}
