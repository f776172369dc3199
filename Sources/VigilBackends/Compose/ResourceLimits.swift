/// The most CPU, memory and processes a container may take: compose `deploy.resources.limits` and
/// `pids_limit`.
public struct ResourceLimits: Hashable, Sendable {
    /// CPUs, e.g. `1.0`.
    public var cpus: String
    /// Memory, e.g. `1g`.
    public var memory: String
    /// Processes and threads together (`pids_limit`): Go's runtime takes a thread for each blocking system
    /// call, so stores that write much take more than exporters. A fork bomb, or a runaway, stops there.
    public var processes: Int

    /// A value of these fields.
    package init(cpus: String, memory: String, processes: Int) {
        self.cpus = cpus
        self.memory = memory
        self.processes = processes
    }
}
