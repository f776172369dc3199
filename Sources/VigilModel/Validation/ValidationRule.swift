/// One check over a lowered stack: a pure function from the model to the problems it finds.
public struct ValidationRule: Sendable {
    /// A check of a whole stack that reads what the stack's rules share.
    package typealias ContextCheck = @Sendable (StackRuleContext) -> [Diagnostic]
    /// A check of one dashboard, with what it needs of the dashboard's stack.
    package typealias DashboardCheck = @Sendable (ResolvedDashboard, StackRuleContext) -> [Diagnostic]

    /// What the rule checks, for listings and tests.
    public let name: String
    /// The check itself, of a stack on its own.
    public let check: @Sendable (ResolvedStack) -> [Diagnostic]
    /// The same check, given the context the validator works out once for all the rules of a stack.
    package let checkInContext: ContextCheck
    /// For a rule that looks at one dashboard at a time, its check of one dashboard: the validator runs all
    /// such checks on a dashboard before it moves to the next, while the dashboard's panels and queries are
    /// still in the processor's caches. `check` runs it on each dashboard of a stack in turn.
    package let dashboardCheck: DashboardCheck?

    /// Creates a rule.
    public init(_ name: String, check: @escaping @Sendable (ResolvedStack) -> [Diagnostic]) {
        self.name = name
        self.check = check
        checkInContext = { check($0.stack) }
        dashboardCheck = nil
    }

    /// Creates a rule that reads what the stack's rules share: the context it is given, or one of its own when it
    /// checks a stack on its own.
    init(_ name: String, inContext check: @escaping ContextCheck) {
        self.name = name
        self.check = { check(StackRuleContext($0)) }
        checkInContext = check
        dashboardCheck = nil
    }

    /// Creates a rule that checks each dashboard on its own.
    init(_ name: String, eachDashboard check: @escaping DashboardCheck) {
        let checkInContext: ContextCheck = { context in context.stack.dashboards.flatMap { check($0, context) } }
        self.name = name
        self.check = { checkInContext(StackRuleContext($0)) }
        self.checkInContext = checkInContext
        dashboardCheck = check
    }

    /// One rule of several checks of a value worked out from the stack, once for all of them (the containers a
    /// backend runs, the stack as a target deploys it), where working it out is most of the checks' time.
    package init<Value>(
        _ name: String, of value: @escaping @Sendable (ResolvedStack) -> Value,
        checks: [@Sendable (Value) -> [Diagnostic]]
    ) {
        self.init(name) { stack in
            let value = value(stack)
            return checks.flatMap { $0(value) }
        }
    }
}
