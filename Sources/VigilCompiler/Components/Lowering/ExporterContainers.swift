import VigilDSL

/// The container of each exporter: its image, the host paths or connection it reads, and its secrets.
enum ExporterContainers {
    /// The container of `exporter`; blackbox-exporter's configuration is rendered from `templates/blackbox/`.
    static func container(_ exporter: Exporter, rendering: inout ConfigRendering) -> ResolvedContainer {
        let profile = ExporterProfile(exporter.kind)
        let location = exporter.location
        let name = exporter.containerName
        var container = ResolvedContainer(
            name: name, purpose: profile.purpose, image: profile.image.pinned(to: exporter.version),
            health: .wget("http://127.0.0.1:\(profile.port)\(profile.healthPath)"), limits: profile.limits,
            location: location)
        func host(_ path: String, at target: String) -> ResolvedVolume {
            ResolvedVolume(source: .host(path), target: target, readOnly: true, location: location)
        }
        switch exporter.kind {
        case .node:
            container.command = ["--path.procfs=/host/proc", "--path.sysfs=/host/sys", "--path.rootfs=/rootfs"]
            container.volumes = [
                host("/proc", at: "/host/proc"), host("/sys", at: "/host/sys"), host("/", at: "/rootfs"),
            ]
        case .cadvisor:
            container.command = ["--docker_only=true", "--housekeeping_interval=15s"]
            container.volumes = [
                host("/", at: "/rootfs"), host("/var/run", at: "/var/run"), host("/sys", at: "/sys"),
                host("/var/lib/docker", at: "/var/lib/docker"), host("/dev/disk", at: "/dev/disk"),
            ]
        case .postgres(let address, let database, let user, let password, let sslMode):
            container.environment = [
                Label("DATA_SOURCE_PASS_FILE", password.path),
                Label("DATA_SOURCE_URI", "\(address)/\(database)?sslmode=\(sslMode.rawValue)"),
                Label("DATA_SOURCE_USER", user),
            ]
            container.secretUses = [
                SecretUse(password, service: name, purpose: "password of PostgreSQL user '\(user)'")
            ]
        case .redis(let address, let password):
            // `redis:6379`, or a URL written with its scheme (`redis://`, `rediss://` for TLS), kept as it is.
            let url = address.contains("://") ? address : "redis://\(address)"
            container.environment = [Label("REDIS_ADDR", url)]
            if let password {
                container.environment.append(Label("REDIS_PASSWORD_FILE", password.path))
                container.secretUses = [
                    SecretUse(
                        password, service: name,
                        purpose: "JSON object from the Redis URL to its password: {\"\(url)\": \"...\"}")
                ]
            }
        case .blackbox:
            rendering.render("blackbox/blackbox.yml", to: "blackbox/blackbox.yml", for: name, at: location)
            container.command = ["--config.file=/etc/blackbox_exporter/blackbox.yml"]
            container.volumes = [
                .configuration("blackbox", at: "/etc/blackbox_exporter", location: location)
            ]
        }
        return container
    }
}
