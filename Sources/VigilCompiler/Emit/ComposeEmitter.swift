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
        services.append("prometheus", .mapping(prometheus(stack.prometheus)))
        var volumes = YAMLMapping()
        volumes.append("prometheus-data", .mapping(YAMLMapping()))
        var compose = YAMLMapping()
        compose.append("services", .mapping(services))
        compose.append("volumes", .mapping(volumes))
        return [
            try GeneratedYAML.file(
                Self.path, .mapping(compose),
                comment: ["The '\(stack.name)' monitoring stack. Deploy with: docker compose up -d"])
        ]
    }

    func prometheus(_ prometheus: ResolvedPrometheus) -> YAMLMapping {
        let port = prometheus.port
        var service = YAMLMapping()
        service.append("image", .string(prometheus.image.reference))
        service.append(
            "command",
            .sequence([
                "--config.file=/etc/prometheus/prometheus.yml",
                "--storage.tsdb.path=/prometheus",
                .string("--storage.tsdb.retention.time=\(prometheus.retention)"),
                "--web.enable-lifecycle",
            ]))
        service.append("volumes", ["./prometheus:/etc/prometheus:ro", "prometheus-data:/prometheus"])
        service.append("ports", [.string("127.0.0.1:\(port):\(port)")])
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
