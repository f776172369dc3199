import VigilModel

/// What docker compose runs on a remote host: its exporters, built as the stack's are and with their ports
/// published on the host's address for Prometheus, and the Docker socket proxy when cAdvisor reads the Docker API.
package struct RemoteHostProject: Sendable {
    /// The compose file's path inside the stack folder: `remote-hosts/db-1/docker-compose.yml`.
    package var path: String
    /// The containers, in the order declared, the proxy last.
    package var containers: [ResolvedContainer]

    /// The project of `host`. Its exporters need no configuration file (``RemoteHostRules``), so nothing is
    /// rendered from `templates`.
    package init(_ host: ResolvedRemoteHost, templates: TemplateLibrary) {
        path = Self.path(of: host)
        var rendering = ConfigRendering(templates: templates)
        containers = host.exporters.map { exporter in
            var container = ExporterContainers.container(exporter, rendering: &rendering)
            container.ports = [
                PublishedPort(
                    exporter.kind.port, purpose: "metrics, scraped by Prometheus", location: exporter.location)
            ]
            return container
        }
        DockerSocketProxy.serve(host.exporters.compactMap(ExporterContainers.dockerClient), in: &containers)
    }

    /// The folder of the remote hosts' compose files, in the stack folder.
    package static let folder = "remote-hosts"

    /// The path of `host`'s compose file inside the stack folder.
    static func path(of host: ResolvedRemoteHost) -> String { "\(folder)/\(host.name)/\(ComposeEmitter.path)" }
}
