/// Collects the statements of a ``Service`` body: the metrics it exports, its alerting and recording rules,
/// and the conditionals and loops around them.
@resultBuilder
public enum ServiceBuilder {
    /// A metric statement: the service exports this metric.
    public static func buildExpression<Kind, Labels>(_ metric: Metric<Kind, Labels>) -> [ServiceElement] {
        [.metric(metric.declaration)]
    }

    /// A catalogue of metric declarations, e.g. an exporter's.
    public static func buildExpression(_ metrics: [MetricDeclaration]) -> [ServiceElement] {
        metrics.map(ServiceElement.metric)
    }

    /// Statements made by a helper function, e.g. an alert and its test.
    public static func buildExpression(_ elements: [ServiceElement]) -> [ServiceElement] { elements }

    /// An alerting rule.
    public static func buildExpression(_ alert: Alert) -> [ServiceElement] { [.alert(alert)] }

    /// A recording rule.
    public static func buildExpression(_ record: Record) -> [ServiceElement] { [.record(record)] }

    /// A unit test of the service's alerts.
    public static func buildExpression(_ test: AlertTest) -> [ServiceElement] { [.alertTest(test)] }

    /// A service level objective.
    public static func buildExpression(_ slo: SLO) -> [ServiceElement] { [.slo(slo)] }

    /// A dashboard of the service.
    public static func buildExpression(_ dashboard: Dashboard) -> [ServiceElement] { [.dashboard(dashboard)] }

    /// The statements of a block, in order.
    public static func buildBlock(_ components: [ServiceElement]...) -> [ServiceElement] { components.flatMap(\.self) }

    /// An `if` without `else`.
    public static func buildOptional(_ component: [ServiceElement]?) -> [ServiceElement] { component ?? [] }

    /// The first branch of an `if`/`else` or `switch`.
    public static func buildEither(first component: [ServiceElement]) -> [ServiceElement] { component }

    /// The second branch of an `if`/`else` or `switch`.
    public static func buildEither(second component: [ServiceElement]) -> [ServiceElement] { component }

    /// A `for` loop.
    public static func buildArray(_ components: [[ServiceElement]]) -> [ServiceElement] { components.flatMap(\.self) }
}
