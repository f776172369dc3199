import VigilCore

/// What the rules that check one dashboard at a time need of the dashboard's stack, worked out once per stack.
/// A class: every task of the stack's dashboards shares one, which copying would retain field by field.
package final class DashboardRuleContext: Sendable {
    /// The stack.
    package let stack: ResolvedStack
    /// Checks queries against the stack's declared metrics and what its Prometheus runs.
    let checker: ExpressionChecker
    /// The kinds of data source the stack provisions.
    let provisioned: Set<DatasourceKind>

    package init(_ stack: ResolvedStack) {
        self.stack = stack
        checker = ExpressionChecker(stack: stack)
        provisioned = Set(stack.datasources.map(\.kind))
    }
}
