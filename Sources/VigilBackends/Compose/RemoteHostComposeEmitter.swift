import VigilModel
import YAMLKit

/// Renders `remote-hosts/<host>/docker-compose.yml` for each remote host: only that host's exporters (and the
/// Docker socket proxy cAdvisor reads through), with the stack's secure defaults (``ComposeEmitter``) and their
/// ports published on the host's address, where the stack's Prometheus scrapes them; or, for a host that
/// forwards, unpublished, with the Prometheus agent that scrapes them, its volume and the secrets it reads from
/// `secrets/` beside the file.
public struct RemoteHostComposeEmitter: ArtefactEmitter {
    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        try stack.components.remoteHosts.map { host in
            let project = RemoteHostProject(host, of: stack)
            let services = project.containers.map {
                YAMLMapping.Entry(
                    key: $0.name, value: .mapping(ComposeEmitter().service($0, bindAddress: host.address)))
            }
            var compose = YAMLMapping()
            compose.append("services", .mapping(YAMLMapping(services)))
            if host.forwarding != nil {
                compose.append("volumes", ComposeEmitter.volumes(of: project.containers))
            }
            compose.append("secrets", ComposeEmitter.secrets(project.containers.flatMap(\.secretUses)))
            return try GeneratedYAML.file(
                project.path, .mapping(compose),
                comment: [
                    "The exporters of remote host '\(host.name)', scraped by the '\(stack.name)' monitoring stack at "
                        + "\(host.address). Deploy on that host with: docker compose -f \(project.path) up -d"
                ] + ComposeEmitter.uncheckedHealth(of: project.containers))
        }
    }
}
