import VigilCore

/// What several rules need of a stack, worked out once per stack and shared by all its rules and dashboards
/// (each rule working it out again for itself cost several milliseconds of CPU per run of the example stacks):
/// the query checker with its catalogue of series, the metric declarations, the alerts by name and the data
/// sources provisioned.
///
/// A class: every validation task of the stack shares one, which copying would retain field by field.
package final class StackRuleContext: Sendable {
    /// The stack.
    package let stack: ResolvedStack
    /// Checks queries against the stack's declared metrics and what its Prometheus runs; its catalogue knows no
    /// labels of recorded series (``RuleRules/expressions(_:)`` adds them to its own copy).
    let checker: ExpressionChecker
    /// Every metric declaration of the stack, each once (a metric several services export is checked once).
    let metrics: [MetricDeclaration]
    /// The alerts, for finding the one a test expectation names.
    let alerts: AlertsByName
    /// The kinds of data source the stack provisions.
    let provisioned: Set<DatasourceKind>

    /// The context of `stack`.
    package init(_ stack: ResolvedStack) {
        self.stack = stack
        checker = ExpressionChecker(stack: stack)
        metrics = stack.services.flatMap(\.metrics).uniqued
        alerts = AlertsByName(stack)
        provisioned = Set(stack.datasources.map(\.kind))
    }
}
