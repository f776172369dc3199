import YAMLKit

/// Renders `docker-compose.yml`: the containers that run the stack, with secure defaults (ports on
/// 127.0.0.1, read-only configuration, no privilege escalation, named volumes for state, healthchecks).
public struct ComposeEmitter: ArtefactEmitter {
    /// The path of the compose file inside the stack folder.
    public static let path = "docker-compose.yml"

    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        var services = YAMLMapping()
        let prometheusSecrets = Set(
            stack.secretUses.filter { $0.service == ResolvedPrometheus.serviceName }.map(\.name)
        ).sorted()
        services.append(
            ResolvedPrometheus.serviceName, .mapping(prometheus(stack.prometheus, secrets: prometheusSecrets)))
        var volumes = YAMLMapping()
        volumes.append("prometheus-data", .mapping(YAMLMapping()))
        if let alertmanager = stack.alertmanager {
            services.append(ResolvedAlertmanager.serviceName, .mapping(self.alertmanager(alertmanager)))
            volumes.append("alertmanager-data", .mapping(YAMLMapping()))
        }
        var compose = YAMLMapping()
        compose.append("services", .mapping(services))
        compose.append("volumes", .mapping(volumes))
        let secretNames = Set(stack.secretUses.map(\.name)).sorted()
        if !secretNames.isEmpty {
            compose.append(
                "secrets",
                .mapping(
                    YAMLMapping(
                        secretNames.map {
                            YAMLMapping.Entry(key: $0, value: ["file": .string("./\(SecretsEmitter.folder)/\($0)")])
                        })))
        }
        return [
            try GeneratedYAML.file(
                Self.path, .mapping(compose),
                comment: ["The '\(stack.name)' monitoring stack. Deploy with: docker compose up -d"])
        ]
    }

    func prometheus(_ prometheus: ResolvedPrometheus, secrets: [String]) -> YAMLMapping {
        service(
            image: prometheus.image,
            command: [
                "--config.file=/etc/prometheus/prometheus.yml",
                "--storage.tsdb.path=/prometheus",
                "--storage.tsdb.retention.time=\(prometheus.retention)",
                "--web.enable-lifecycle",
            ],
            volumes: ["./prometheus:/etc/prometheus:ro", "prometheus-data:/prometheus"], port: prometheus.port,
            secrets: secrets)
    }

    /// A service with the stack's defaults: its port published on 127.0.0.1, a healthcheck on the Prometheus
    /// style readiness endpoint `/-/ready`, restarted unless stopped, no privilege escalation.
    func service(image: ContainerImage, command: [String], volumes: [String], port: Int, secrets: [String] = [])
        -> YAMLMapping
    {
        var service = YAMLMapping()
        service.append("image", .string(image.reference))
        service.append("command", .sequence(command.map(YAMLNode.string)))
        service.append("volumes", .sequence(volumes.map(YAMLNode.string)))
        service.append("ports", [.string("127.0.0.1:\(port):\(port)")])
        if !secrets.isEmpty {
            service.append("secrets", .sequence(secrets.map(YAMLNode.string)))
        }
        service.append(
            "healthcheck",
            [
                "test": ["CMD", "wget", "--quiet", "--spider", .string("http://127.0.0.1:\(port)/-/ready")],
                "interval": "10s",
                "timeout": "5s",
                "retries": 5,
                "start_period": "30s",
            ])
        service.append("restart", "unless-stopped")
        service.append("security_opt", ["no-new-privileges:true"])
        return service
    }
}
