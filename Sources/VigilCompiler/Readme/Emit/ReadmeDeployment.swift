/// The README's operating sections: the containers and their ports, deploying, reloading after a change, and
/// the secret files to create.
enum ReadmeDeployment {
    /// One container of the stack, as the README lists it.
    struct Container {
        var name: String
        var image: ContainerImage
        var port: Int
        var purpose: String
    }

    /// The containers docker-compose.yml runs.
    static func containers(_ stack: ResolvedStack) -> [Container] {
        var containers = [
            Container(
                name: ResolvedPrometheus.serviceName, image: stack.prometheus.image, port: stack.prometheus.port,
                purpose: "scrapes the targets, evaluates the rules, sends alerts")
        ]
        if let alertmanager = stack.alertmanager {
            containers.append(
                Container(
                    name: ResolvedAlertmanager.serviceName, image: alertmanager.image, port: alertmanager.port,
                    purpose: "groups, routes and sends the notifications"))
        }
        return containers
    }

    static func running(_ stack: ResolvedStack) -> [String] {
        let rows = containers(stack).map { container in
            [
                Markdown.code(container.name), Markdown.code(container.image.reference),
                "<http://127.0.0.1:\(container.port)>", container.purpose,
            ]
        }
        return [
            "## What runs",
            "",
            "`docker-compose.yml` runs these containers; each publishes its port on 127.0.0.1 only.",
            "Each image's version can be overridden with the environment variable in its reference.",
            "",
        ] + Markdown.table(["service", "image", "address", "role"], rows)
    }

    static func deploying(_ stack: ResolvedStack) -> [String] {
        var lines = ["## Deploying", "", "From this folder:", "", "```sh"]
        if !stack.secretUses.isEmpty {
            lines.append("# first create the secret files listed under \"Secrets\" below")
        }
        lines += [
            "docker compose up -d",
            "docker compose ps        # every service is healthy after its start period",
            "```",
        ]
        return lines
    }

    static func reloading(_ stack: ResolvedStack) -> [String] {
        var commands = [
            "curl -X POST http://127.0.0.1:\(stack.prometheus.port)/-/reload    # Prometheus: configuration and rules"
        ]
        if let alertmanager = stack.alertmanager {
            commands.append(
                "curl -X POST http://127.0.0.1:\(alertmanager.port)/-/reload    # Alertmanager: routing, receivers, templates"
            )
        }
        return [
            "## Reloading after `make generate`",
            "",
            "The configuration is mounted read-only from this folder; after regenerating it, tell the servers to",
            "read it again (a configuration that does not load is rejected, and the running one stays):",
            "",
            "```sh",
        ] + commands + ["```"]
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
