import VigilModel

/// What docker compose runs on a remote host: its exporters, built as the stack's are and with their ports
/// published on the host's address for Prometheus (or, when the host forwards, unpublished and scraped by a
/// Prometheus agent beside them), and the Docker socket proxy when cAdvisor reads the Docker API.
package struct RemoteHostProject: Sendable {
    /// The compose file's path inside the stack folder: `remote-hosts/db-1/docker-compose.yml`.
    package var path: String
    /// The containers, in the order declared, the proxy last.
    package var containers: [ResolvedContainer]

    /// The project of `host` of `stack`. Its exporters need no configuration file (``RemoteHostRules``), so
    /// nothing is rendered from the stack's templates; its agent runs the stack's Prometheus image.
    package init(_ host: ResolvedRemoteHost, of stack: ResolvedStack) {
        path = Self.path(of: host)
        var rendering = ConfigRendering(templates: stack.templates)
        containers = host.exporters.map { exporter in
            var container = ExporterContainers.container(exporter, rendering: &rendering)
            container.ports =
                host.forwarding == nil
                ? [
                    PublishedPort(
                        exporter.kind.port, purpose: "metrics, scraped by Prometheus", location: exporter.location)
                ] : []
            return container
        }
        if let forwarding = host.forwarding {
            containers.append(Self.agent(forwarding, of: stack))
        }
        DockerSocketProxy.serve(host.exporters.compactMap(ExporterContainers.dockerClient), in: &containers)
    }

    /// Prometheus in agent mode: the configuration read-only, its write-ahead log on a volume, nothing published
    /// (it only sends); as `nobody`, the image's user, which owns /prometheus.
    static func agent(_ forwarding: AgentForwarding, of stack: ResolvedStack) -> ResolvedContainer {
        let port = stack.prometheus.port
        return ResolvedContainer(
            name: AgentForwarding.serviceName, purpose: "scrapes the exporters here and forwards the samples",
            image: stack.prometheus.image,
            command: [
                "--agent", "--config.file=/etc/\(AgentForwarding.configPath)", "--storage.agent.path=/prometheus",
                "--web.listen-address=:\(port)",
            ],
            volumes: [
                .configuration("prometheus", at: "/etc/prometheus", location: forwarding.location),
                .state("\(AgentForwarding.serviceName)-data", at: "/prometheus", location: forwarding.location),
            ],
            secretUses: forwarding.secretUses, health: .wget("http://127.0.0.1:\(port)/-/ready"),
            limits: ResourceLimits(cpus: "0.5", memory: "512m", processes: 256), user: .nobody,
            location: forwarding.location)
    }

    /// The folder of the remote hosts' compose files, in the stack folder.
    package static let folder = "remote-hosts"

    /// The path of `host`'s compose file inside the stack folder.
    static func path(of host: ResolvedRemoteHost) -> String { "\(folder)/\(host.name)/\(ComposeEmitter.path)" }

    /// The path of `host`'s agent configuration inside the stack folder.
    static func agentConfigPath(of host: ResolvedRemoteHost) -> String {
        "\(folder)/\(host.name)/\(AgentForwarding.configPath)"
    }
}
