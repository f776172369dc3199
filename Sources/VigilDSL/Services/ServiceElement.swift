/// One statement of a service's body, as the ``ServiceBuilder`` collects it.
public enum ServiceElement: Sendable {
    /// A metric the service exports.
    case metric(MetricDeclaration)
}
