extension ResolvedComponents {
    /// The secrets the deployed components read: Grafana's (the first declared, the one that runs) and the
    /// exporters' connection passwords.
    public var secretUses: [SecretUse] {
        (grafanas.first.map(Self.secretUses(of:)) ?? []) + exporters.flatMap(Self.secretUses(of:))
    }

    /// Grafana's admin password and the secrets its settings read.
    package static func secretUses(of grafana: Grafana) -> [SecretUse] {
        [SecretUse(grafana.adminPassword, service: ContainerName.grafana, purpose: "password of Grafana's admin")]
            + grafana.secrets.map {
                SecretUse($0, service: ContainerName.grafana, purpose: "a Grafana setting of the specs' environment")
            }
    }

    /// The password an exporter connects with, if it needs one.
    package static func secretUses(of exporter: ResolvedExporter) -> [SecretUse] {
        switch exporter.kind {
        case .postgres(_, _, let user, let password, _):
            [SecretUse(password, service: exporter.containerName, purpose: "password of PostgreSQL user '\(user)'")]
        case .redis(let address, .some(let password)):
            [
                SecretUse(
                    password, service: exporter.containerName,
                    purpose:
                        "JSON object from the Redis URL to its password: {\"\(exporter.redisURL(address))\": \"...\"}")
            ]
        case .node, .cadvisor, .redis, .blackbox:
            []
        }
    }
}
