/// Which exporter, and what it needs to reach what it exports.
public enum ExporterKind: Sendable {
    /// node-exporter: the host's CPU, memory, disks, file systems and network.
    case node
    /// cAdvisor: every container's resource use.
    case cadvisor
    /// postgres-exporter, connecting to `address` as `user` with the password in a secret file.
    case postgres(address: String, database: String, user: String, password: Secret, sslMode: PostgresSSLMode)
    /// redis-exporter, connecting to `address`; `password` holds redis-exporter's password file.
    case redis(address: String, password: Secret?)
    /// blackbox-exporter, running these probes.
    case blackbox(probes: [Probe], failureSeverity: Severity, failingFor: Duration)
}
