import VigilModel

/// The container of each exporter: its image, the host paths or connection it reads, and its secrets. Host paths
/// are the fewest each needs, read-only.
enum ExporterContainers {
    /// The container of `exporter`; blackbox-exporter's configuration is rendered from `templates/blackbox/`.
    static func container(_ exporter: ResolvedExporter, rendering: inout ConfigRendering) -> ResolvedContainer {
        let profile = ExporterProfile(exporter.kind)
        let location = exporter.location
        let name = exporter.containerName
        var container = ResolvedContainer(
            name: name, purpose: profile.purpose, image: profile.image.pinned(to: exporter.version),
            health: .wget("http://127.0.0.1:\(profile.port)\(profile.healthPath)"), limits: profile.limits,
            user: profile.user, location: location)
        func host(_ path: String, at target: String, for purpose: String) -> ResolvedVolume {
            ResolvedVolume(source: .host(path, purpose: purpose), target: target, readOnly: true, location: location)
        }
        switch exporter.kind {
        case .node:
            container.command = ["--path.procfs=/host/proc", "--path.sysfs=/host/sys", "--path.rootfs=/rootfs"]
            container.volumes = [
                host("/proc", at: "/host/proc", for: "the host's CPU, memory, load, disk I/O and process counts"),
                host("/sys", at: "/host/sys", for: "the host's devices, CPU frequencies and hardware sensors"),
                host(
                    "/", at: "/rootfs",
                    for: "the free space of the host's file systems; as `nobody`, it reads only what every user may"),
            ]
        case .cadvisor:
            // The names, labels and images of containers come from the Docker API, through the socket proxy.
            container.command = [
                "--docker_only=true", "--housekeeping_interval=15s", "--docker=\(DockerSocketProxy.endpoint)",
            ]
            container.volumes = [
                host(
                    "/", at: "/rootfs",
                    for: "the host's /proc, where it reads each container's network counters through the container's "
                        + "processes, and the host's file systems, for their size"),
                host("/sys", at: "/sys", for: "the cgroups: each container's CPU, memory and I/O"),
                host(
                    "/var/lib/docker", at: "/var/lib/docker",
                    for: "Docker's storage: each container's writable layer, whose id it needs to track the container, "
                        + "and its disk use"),
            ]
            container.capabilities = [.dacReadSearch]
        case .postgres(let address, let database, let user, let password, let sslMode):
            container.environment = [
                Label("DATA_SOURCE_PASS_FILE", password.path),
                Label("DATA_SOURCE_URI", "\(address)/\(database)?sslmode=\(sslMode.rawValue)"),
                Label("DATA_SOURCE_USER", user),
            ]
        case .redis(let address, let password):
            let url = exporter.redisURL(address)
            container.environment = [Label("REDIS_ADDR", url)]
            if let password {
                container.environment.append(Label("REDIS_PASSWORD_FILE", password.path))
            }
        case .blackbox:
            rendering.render("blackbox/blackbox.yml", to: "blackbox/blackbox.yml", for: name, at: location)
            container.command = ["--config.file=/etc/blackbox_exporter/blackbox.yml"]
            container.volumes = [
                .configuration("blackbox", at: "/etc/blackbox_exporter", location: location)
            ]
        }
        container.secretUses = ResolvedComponents.secretUses(of: exporter)
        return container
    }

    /// cAdvisor as a client of the Docker API: the engine's version and storage, and each container's name,
    /// labels and image; `nil` for other exporters.
    static func dockerClient(_ exporter: ResolvedExporter) -> DockerSocketProxy.Client? {
        guard case .cadvisor = exporter.kind else { return nil }
        return DockerSocketProxy.Client(
            name: exporter.containerName, requests: [.ping, .version, .info, .inspectContainer],
            location: exporter.location)
    }
}
