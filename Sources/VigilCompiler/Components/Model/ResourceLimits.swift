/// The most CPU and memory a container may take (compose `deploy.resources.limits`).
public struct ResourceLimits: Hashable, Sendable {
    /// CPUs, e.g. `1.0`.
    public var cpus: String
    /// Memory, e.g. `1g`.
    public var memory: String
}
