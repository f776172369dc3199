/// One statement of a service's body, as the ``ServiceBuilder`` collects it.
public enum ServiceElement: Sendable {
    /// A metric the service exports.
    case metric(MetricDeclaration)
    /// An alerting rule on the service's metrics.
    case alert(Alert)
    /// A recording rule.
    case record(Record)
    /// A unit test of its alerts.
    case alertTest(AlertTest)
    /// A service level objective.
    case slo(SLO)
    /// A Grafana dashboard of the service.
    case dashboard(Dashboard)
}
