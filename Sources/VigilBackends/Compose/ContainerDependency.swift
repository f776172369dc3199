/// A container another one waits for before it starts.
public struct ContainerDependency: Hashable, Sendable {
    /// The container waited for.
    public var name: String
    /// Whether to wait until it is healthy (`service_healthy`) or only started (`service_started`); healthy
    /// only for containers with a healthcheck.
    public var waitsUntilHealthy: Bool

    /// A value of these fields.
    package init(name: String, waitsUntilHealthy: Bool) {
        self.name = name
        self.waitsUntilHealthy = waitsUntilHealthy
    }
}
