import VigilModel

/// The README's operating sections: the containers and their ports, deploying, reloading after a change, and
/// the secret files to create.
enum ReadmeDeployment {
    static func running(_ stack: ResolvedStack, _ project: ComposeProject) -> [String] {
        let rows = project.containers.map { container in
            [
                Markdown.code(container.name), Markdown.code(container.image.reference),
                container.ports.isEmpty
                    ? "not published"
                    : container.ports.map { published($0, on: stack) }.joined(
                        separator: "<br>"),
                Markdown.text(container.purpose),
            ]
        }
        return [
            "## What runs",
            "",
            "`docker-compose.yml` runs these containers. Published ports bind to \(stack.compose.bindAddress) unless",
            "`\(ComposeEmitter.bindAddressVariable)` says otherwise, and each image's tag can be overridden with the",
            "variable in its reference; `.env.example` lists them all.",
            "",
        ] + Markdown.table(["service", "image", "published on", "role"], rows)
    }

    /// `127.0.0.1:3000` (web UI), with the container's port when it differs from the host's.
    static func published(_ port: PublishedPort, on stack: ResolvedStack) -> String {
        let inside = port.container == port.host ? "" : " → \(port.container)"
        return "\(Markdown.code("\(stack.compose.bindAddress):\(port.host)"))\(inside) (\(Markdown.text(port.purpose)))"
    }

    static func deploying(_ stack: ResolvedStack, _ project: ComposeProject) -> [String] {
        var lines = ["## Deploying", ""]
        if case .external(let network) = stack.compose.network {
            lines += [
                "The containers join the application's network \(Markdown.code(network)), which must exist first:",
                "start the application before the stack.",
                "",
            ]
        }
        lines += ["From this folder:", "", "```sh"]
        if !stack.secretUses.isEmpty {
            lines.append("# first create the secret files listed under \"Secrets\" below")
        }
        lines += [
            "bash \(VerifyScriptEmitter.path)           # the images' own promtool and amtool check every file first",
            "docker compose up -d",
            "docker compose ps        # every service is healthy after its start period",
            "```",
            "",
            "`\(VerifyScriptEmitter.path)` runs, on this host and with the images `docker-compose.yml` runs (at the",
            "versions `.env` sets), what `make validate` ran where the stack was generated: `docker compose config`,",
            "`promtool check config`, `check rules` and `test rules`, `amtool check-config` and every routing test of",
            "`\(RoutingTestFile.path)`. Each check runs in a one-off container of its service, with its",
            "configuration and secrets mounted as they will be. It exits 1 when any check fails: do not deploy then.",
            "`bash \(VerifyScriptEmitter.path) --dry-run` prints the commands without running them.",
        ]
        return lines + [""] + proof(stack, project)
    }

    /// Which tools proved the files, beside the images they proved them for.
    static func proof(_ stack: ResolvedStack, _ project: ComposeProject) -> [String] {
        let rows = project.containers.compactMap { container -> [String]? in
            let tools = ProvingTools.installed.filter { $0.image?.repository == container.image.repository }
            guard !tools.isEmpty else { return nil }
            return [
                Markdown.code(container.name), Markdown.code("\(container.image.repository):\(container.image.tag)"),
                tools.map { "\($0.executable) \($0.releaseText)" }.joined(separator: ", "),
            ]
        }
        let compose = ProvingTools.dockerCompose
        return [
            "The files were proven with the release lines the images run: Prometheus 3 and Alertmanager read",
            "configurations, rules and queries differently from one minor version to the next, so `make validate`",
            "refuses tools of another minor version. Prometheus and Alertmanager are pinned to the patch releases of",
            "Debian's packages of their tools, and VictoriaMetrics to Debian's `victoria-metrics`, so that the proof ran",
            "the code the containers run; the compose file is checked by Compose v\(compose.releaseText)",
            "(`\(compose.executable) config`), as `docker compose` reads it.",
            "",
        ] + Markdown.table(["service", "image", "proven with"], rows)
    }

    static func reloading(_ stack: ResolvedStack, _ project: ComposeProject) -> [String] {
        var commands: [String] = []
        let servers =
            stack.prometheus.replicas.map { ($0, "Prometheus: configuration and rules") }
            + (stack.alertmanager?.peers ?? []).map { ($0, "Alertmanager: routing, receivers, templates") }
        for (server, reloads) in servers {
            if let address = address(of: server.name, port: server.port, in: stack, project) {
                commands.append("curl -X POST http://\(address)/-/reload    # \(reloads)")
            }
        }
        let reloaded = servers.map(\.0.name)
        let others = project.containers.filter { container in
            !reloaded.contains(container.name)
                && container.volumes.contains { volume in
                    if case .stackFolder = volume.source { true } else { false }
                }
        }
        if !others.isEmpty {
            commands.append(
                "docker compose restart \(others.map(\.name).joined(separator: " "))    # the others read theirs at start"
            )
        }
        return [
            "## Reloading after `make generate`",
            "",
            "The configuration is mounted read-only from this folder; after regenerating it, tell the containers to",
            "read it again (Prometheus and Alertmanager reject a configuration that does not load and keep the",
            "running one):",
            "",
            "```sh",
        ] + commands + ["```"]
    }

    /// Where the host reaches `port` of the container `name`: `127.0.0.1:9090`; `nil` when it is not published.
    static func address(of name: String, port: Int, in stack: ResolvedStack, _ project: ComposeProject) -> String? {
        let container = project.containers.first { $0.name == name }
        return container?.ports.first { $0.container == port }.map { "\(stack.compose.bindAddress):\($0.host)" }
    }

    static func secrets(_ stack: ResolvedStack) -> [String] {
        let uses = stack.secretUses
        guard !uses.isEmpty else { return [] }
        let rows = uses.map {
            [
                Markdown.code("\(SecretsEmitter.folder)/\($0.name)"), Markdown.code($0.service),
                Markdown.text($0.purpose),
            ]
        }
        return [
            "## Secrets",
            "",
            "Create each file before deploying, holding the value alone (`\(SecretsEmitter.folder)/README.md` says how);"
                + " git ignores them.",
            "",
        ] + Markdown.table(["file", "read by", "holds"], rows)
    }
}
