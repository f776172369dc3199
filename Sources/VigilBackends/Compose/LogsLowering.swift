import VigilModel

/// Loki and the Alloy container that ships logs to it, with their configurations rendered from
/// `templates/loki/` and `templates/alloy/`.
package enum LogsLowering {
    /// Loki's compose service.
    package static let lokiName = "loki"
    /// Alloy's compose service.
    package static let alloyName = ContainerName.alloy
    /// The port Loki listens on inside its container.
    package static let lokiPort = 3100
    /// The port of Alloy's UI, health endpoints and own metrics inside its container.
    package static let alloyPort = 12345
    /// Where Alloy sees log folders that live inside the stack folder.
    static let stackLogsMount = "/var/log/stack"

    /// Loki, then Alloy.
    static func containers(_ loki: Loki, rendering: inout ConfigRendering) -> [ResolvedContainer] {
        rendering.render(
            "loki/loki.yml", to: "loki/loki.yml", for: lokiName, values: ["retention": "\(loki.retention)"],
            at: loki.location)
        let lokiContainer = ResolvedContainer(
            name: lokiName, purpose: "log store", image: PinnedImages.loki.pinned(to: loki.version),
            command: ["-config.file=/etc/loki/loki.yml"],
            ports: loki.port.map {
                [PublishedPort($0, container: lokiPort, purpose: "push and query API", location: loki.location)]
            } ?? [],
            volumes: [
                .configuration("loki", at: "/etc/loki", location: loki.location),
                .state("loki-data", at: "/loki", location: loki.location),
            ],
            health: .check(["CMD", "/usr/bin/loki", "-health"]),
            // The image's user, which owns /loki; Loki writes everything below it (chunks, rules, compactor).
            limits: ResourceLimits(cpus: "1.0", memory: "1g", processes: 1024),
            user: .account(uid: 10001, gid: 10001), location: loki.location)
        var sources: [String] = []
        var volumes: [ResolvedVolume] = [
            .configuration("alloy", at: "/etc/alloy", location: loki.location),
            .state("alloy-data", at: "/var/lib/alloy/data", location: loki.location),
        ]
        for source in loki.logs.uniqued {
            switch source.kind {
            case .containers:
                sources.append(
                    rendering.text(
                        of: "alloy/containers.alloy", values: ["docker": DockerSocketProxy.endpoint],
                        at: source.location) ?? "")
            case .files(let job, let path):
                let mount = FileLogMount(path: path, location: source.location)
                sources.append(
                    rendering.text(
                        of: "alloy/files.alloy",
                        values: ["job": job, "name": mount.componentName(job: job), "path": mount.pathInContainer],
                        at: source.location) ?? "")
                volumes.append(mount.volume(job: job))
            }
        }
        rendering.render(
            "alloy/config.alloy", to: "alloy/config.alloy", for: alloyName,
            values: ["sources": sources.joined()], at: loki.location)
        let alloy = ResolvedContainer(
            name: alloyName, purpose: "ships container and file logs to Loki",
            image: PinnedImages.alloy.pinned(to: loki.alloyVersion),
            command: [
                "run", "--server.http.listen-addr=0.0.0.0:\(alloyPort)", "--storage.path=/var/lib/alloy/data",
                "/etc/alloy/config.alloy",
            ],
            volumes: volumes.uniqued,
            // The image has bash but neither wget nor curl: ask /-/ready over bash's /dev/tcp.
            health: .check([
                "CMD", "bash", "-c",
                "exec 3<>/dev/tcp/127.0.0.1/\(alloyPort) && printf 'GET /-/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '",
            ]),
            dependencies: [ContainerDependency(name: lokiName, waitsUntilHealthy: true)],
            limits: ResourceLimits(cpus: "0.5", memory: "512m", processes: 512), user: alloyUser,
            scratchFolders: [
                ScratchFolder(
                    "/tmp", megabytes: 64, reason: "temporary files of the Go runtime and of Alloy's components")
            ], location: loki.location)
        return [lokiContainer, alloy]
    }

    /// The non-root user the Alloy image defines (it runs as root unless told): it owns /var/lib/alloy/data, and
    /// needs no more, since container logs come from the Docker API through ``DockerSocketProxy``. Log files of
    /// `.files(job:path:)` must be readable by it.
    static let alloyUser = ContainerUser.account(uid: 473, gid: 473)

    /// Alloy as a client of the Docker API, when `loki` ships container logs: it lists containers and networks
    /// (`discovery.docker`) and reads each one's output (`loki.source.docker`).
    static func dockerClient(_ loki: Loki) -> DockerSocketProxy.Client? {
        guard let source = loki.logs.first(where: { $0.kind == .containers }) else { return nil }
        return DockerSocketProxy.Client(
            name: alloyName,
            requests: [.ping, .version, .listContainers, .listNetworks, .inspectContainer, .containerLogs],
            location: source.location)
    }
}
