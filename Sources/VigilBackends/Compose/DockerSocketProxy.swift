import VigilModel

/// The container that holds the Docker socket, so that no other one does: Alloy (container logs) and cAdvisor
/// (container names and labels) reach the Docker API through it over the stack's network, and it lets through
/// only the read requests they make (``DockerAPIRequest``) and only from them. A mounted socket, even `:ro`, is
/// the whole API: whoever reaches it can start a privileged container, which is root on the host.
enum DockerSocketProxy {
    /// The compose service.
    static let serviceName = ContainerName.dockerSocketProxy
    /// The port it serves the filtered API on, inside the stack's network.
    static let port = 2375
    /// The Docker API as its clients are told to reach it.
    static let endpoint = "tcp://\(serviceName):\(port)"

    /// A container that reads the Docker API, and the requests it makes.
    struct Client {
        /// Its compose service, the host name the proxy accepts it by.
        var name: String
        /// The requests it makes.
        var requests: Set<DockerAPIRequest>
        /// The declaration that made it a client.
        var location: SourceLocation
    }

    /// Appends the proxy for `clients` to `containers`, each client waiting until it is healthy; nothing without
    /// clients.
    static func serve(_ clients: [Client], in containers: inout [ResolvedContainer]) {
        guard let proxy = container(for: clients) else { return }
        let names = Set(clients.map(\.name))
        for index in containers.indices where names.contains(containers[index].name) {
            containers[index].dependencies.append(ContainerDependency(name: proxy.name, waitsUntilHealthy: true))
        }
        containers.append(proxy)
    }

    /// The proxy for `clients`; `nil` without any.
    static func container(for clients: [Client]) -> ResolvedContainer? {
        guard let first = clients.first else { return nil }
        let requests = clients.reduce(into: Set<DockerAPIRequest>()) { $0.formUnion($1.requests) }
        var command = [
            "-listenip=0.0.0.0",
            "-allowfrom=\(clients.map(\.name).joined(separator: ","))",
            "-allowGET=\(DockerAPIRequest.getPattern(requests))",
        ]
        if requests.contains(.ping) {
            command.append("-allowHEAD=/_ping")
        }
        // The healthcheck binary asks the proxy on 127.0.0.1:55555; after a Docker restart breaks the mounted
        // socket, the watchdog stops the proxy and the restart policy brings it back with the new one.
        command += ["-allowhealthcheck", "-watchdoginterval=60", "-stoponwatchdog"]
        return ResolvedContainer(
            name: serviceName, purpose: "read-only Docker API for \(clients.map(\.name).joined(separator: " and "))",
            image: PinnedImages.dockerSocketProxy, command: command,
            volumes: [
                ResolvedVolume(
                    source: .host(
                        "/var/run/docker.sock",
                        purpose: "the Docker API, of which it passes on only the read requests its clients make"),
                    target: "/var/run/docker.sock", readOnly: true, location: first.location)
            ],
            health: .check(["CMD", "/healthcheck"]),
            limits: ResourceLimits(cpus: "0.25", memory: "64m", processes: 64),
            user: .root(
                reason: "the Docker socket belongs to root and to the host's docker group, whose number differs "
                    + "between hosts; root without capabilities opens what root owns and nothing else is mounted"),
            location: first.location)
    }
}
