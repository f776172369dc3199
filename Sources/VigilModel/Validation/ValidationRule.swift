/// One check over a lowered stack: a pure function from the model to the problems it finds.
public struct ValidationRule: Sendable {
    /// A check of one dashboard, with what it needs of the dashboard's stack.
    package typealias DashboardCheck = @Sendable (ResolvedDashboard, DashboardRuleContext) -> [Diagnostic]

    /// What the rule checks, for listings and tests.
    public let name: String
    /// The check itself.
    public let check: @Sendable (ResolvedStack) -> [Diagnostic]
    /// For a rule that looks at one dashboard at a time, its check of one dashboard: the validator runs all
    /// such checks on a dashboard before it moves to the next, while the dashboard's panels and queries are
    /// still in the processor's caches. `check` runs it on each dashboard of a stack in turn.
    package let dashboardCheck: DashboardCheck?

    /// Creates a rule.
    public init(_ name: String, check: @escaping @Sendable (ResolvedStack) -> [Diagnostic]) {
        self.name = name
        self.check = check
        self.dashboardCheck = nil
    }

    /// Creates a rule that checks each dashboard on its own.
    init(_ name: String, eachDashboard check: @escaping DashboardCheck) {
        self.name = name
        self.dashboardCheck = check
        self.check = { stack in
            let context = DashboardRuleContext(stack)
            return stack.dashboards.flatMap { check($0, context) }
        }
    }
}
