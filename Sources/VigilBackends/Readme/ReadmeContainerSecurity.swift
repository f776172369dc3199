import VigilModel

/// The README's section on how the containers are confined: the user each runs as, where it may write, the
/// capabilities it keeps, its process limit, the host paths it reads and why, how container logs and names reach
/// Alloy and cAdvisor without the Docker socket, and what an upgrade from root-run containers needs.
enum ReadmeContainerSecurity {
    static func lines(_ stack: ResolvedStack, _ project: ComposeProject) -> [String] {
        let rows = project.containers.map { container in
            [
                Markdown.code(container.name), user(container.user), writes(container),
                container.capabilities.isEmpty
                    ? "none" : container.capabilities.map { Markdown.code($0.rawValue) }.joined(separator: ", "),
                "\(container.limits.processes)",
            ]
        }
        return [
            "## Container security",
            "",
            "Every container runs with a read-only root filesystem, as the user below, with every Linux capability",
            "dropped (`cap_drop: [ALL]`) but the ones listed, without privilege escalation (`no-new-privileges`), with",
            "CPU, memory and process limits, a restart policy and a healthcheck (or the reason there is none in",
            "`docker-compose.yml`). None is privileged. A container writes only to its named volumes and to the",
            "folders listed, which are in memory (tmpfs), emptied on restart and counted in its memory limit.",
            "",
        ] + Markdown.table(["service", "user", "writes to", "capabilities kept", "processes"], rows)
            + hostPaths(stack, project) + dockerAPI(stack, project) + upgrade(stack, project)
    }

    /// `65534:65534`, or `0:0` and why root.
    static func user(_ user: ContainerUser) -> String {
        switch user {
        case .account: Markdown.code(user.composeValue)
        case .root(let reason): "\(Markdown.code(user.composeValue)) (root: \(Markdown.text(reason)))"
        }
    }

    /// The named volumes and in-memory folders of `container`.
    static func writes(_ container: ResolvedContainer) -> String {
        let volumes = container.volumes.compactMap { volume -> String? in
            guard let name = volume.volumeName, !volume.readOnly else { return nil }
            return "\(Markdown.code(volume.target)) (volume \(Markdown.code(name)))"
        }
        let scratch = container.scratchFolders.map {
            "\(Markdown.code($0.path)) (in memory, \($0.megabytes) MB: \(Markdown.text($0.reason)))"
        }
        let all = volumes + scratch
        return all.isEmpty ? "nothing" : all.joined(separator: "<br>")
    }

    /// The host paths the containers read, each read-only, and why.
    static func hostPaths(_ stack: ResolvedStack, _ project: ComposeProject) -> [String] {
        let rows = project.containers.flatMap { container in
            container.volumes.compactMap { volume -> [String]? in
                guard case .host(let path, let purpose) = volume.source else { return nil }
                return [
                    Markdown.code(container.name), Markdown.code(path),
                    Markdown.code(volume.target + (volume.readOnly ? " (read-only)" : "")), Markdown.text(purpose),
                ]
            }
        }
        guard !rows.isEmpty else { return [] }
        var lines = [
            "",
            "### Host paths",
            "",
            "These are the host's own files, seen from a container, so each container mounts the fewest it needs,",
            "read-only; a container not listed reads nothing of the host.",
            "",
        ]
        lines += Markdown.table(["service", "host path", "inside", "why"], rows)
        if project.containers.contains(where: { $0.image.repository == PinnedImages.cadvisor.repository }) {
            lines += [
                "",
                "cAdvisor runs without `privileged`, `/var/run` and `/dev/disk`, which its examples often add. It gets",
                "containers' names, labels and images from the Docker API through the socket proxy below instead of",
                "`/var/run/docker.sock`. Without `privileged` and the `/dev/kmsg` device it reports no OOM kills",
                "(`container_oom_events_total` stays 0); without the host's process namespace, no per-process",
                "metrics (which it leaves off by default); without `/dev/disk`, disks under their numbers only.",
            ]
        }
        return lines
    }

    /// Why the Docker socket is mounted in the proxy alone, and what the proxy lets through.
    static func dockerAPI(_ stack: ResolvedStack, _ project: ComposeProject) -> [String] {
        guard let proxy = project.containers.first(where: { $0.name == ContainerName.dockerSocketProxy })
        else {
            return []
        }
        let allowed = proxy.command.filter { $0.hasPrefix("-allow") && $0 != "-allowhealthcheck" }
        return [
            "",
            "### The Docker API",
            "",
            "The Docker socket is the whole Docker API: `:ro` only keeps the socket file from being replaced, and",
            "whoever can send it a request can start a privileged container that mounts `/`, which is root on the",
            "host. So no container that parses input (logs, metrics) holds it. \(Markdown.code(proxy.name)) alone",
            "mounts it and passes on, to the containers it names, only the read requests they make; it publishes",
            "no port:",
            "",
        ] + allowed.map { "- \(Markdown.code($0))" } + [
            "",
            "Alloy could instead read the log files Docker writes (`/var/lib/docker/containers/*/*-json.log`); that",
            "mount needs root to read, shows every container's configuration (its environment, where passwords",
            "often are) and gives the logs without the compose service and container names the `service` and",
            "`container` labels come from. The proxy keeps the labels and shows none of that.",
        ]
    }

    /// What a stack deployed before its containers ran as these users needs: Alloy, which ran as root, now runs as
    /// its own user and must own its volume.
    static func upgrade(_ stack: ResolvedStack, _ project: ComposeProject) -> [String] {
        guard let alloy = project.containers.first(where: { $0.name == ContainerName.alloy }),
            case .account(let uid, let gid) = alloy.user,
            let name = alloy.volumes.compactMap(\.volumeName).first
        else { return [] }
        return [
            "",
            "### Upgrading a stack deployed before containers ran as these users",
            "",
            "Alloy ran as root before, so the files of its volume belong to root; it now runs as \(uid). Give the",
            "volume to it once, before `docker compose up -d` (the volume's name is the compose project's, this",
            "folder's name unless `COMPOSE_PROJECT_NAME` says otherwise, then \(Markdown.code(name))):",
            "",
            "```sh",
            "docker compose stop \(alloy.name)",
            "docker run --rm -v \"$(basename \"$PWD\")_\(name):/data\" busybox chown -R \(uid):\(gid) /data",
            "```",
            "",
            "Removing the volume instead works too, but Alloy then forgets how far it read each log file and ships",
            "them again from the start. The other volumes already belong to the users their containers run as.",
        ]
    }
}
