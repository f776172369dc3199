import VigilModel
import YAMLKit

/// Renders `docker-compose.yml` from the stack's containers, each with the stack's secure defaults: ports
/// published on the bind address (127.0.0.1 unless `VIGIL_BIND_ADDRESS` says otherwise), configuration
/// mounted read-only, an explicit user, a read-only root filesystem (in-memory folders where the image writes
/// outside its volumes), every capability dropped (some given back where the container needs them), no
/// privilege escalation, a restart policy, CPU, memory and process limits, rotated logs, a healthcheck (or the
/// reason there is none) and `depends_on` that waits only for healthchecks that can pass.
public struct ComposeEmitter: ArtefactEmitter {
    /// The path of the compose file inside the stack folder.
    public static let path = "docker-compose.yml"
    /// The environment variable that overrides the address ports are published on.
    public static let bindAddressVariable = "VIGIL_BIND_ADDRESS"

    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        var compose = YAMLMapping()
        compose.append(
            "services",
            .mapping(
                YAMLMapping(
                    ComposeProject(stack).containers.map {
                        .init(key: $0.name, value: .mapping(service($0, bindAddress: stack.compose.bindAddress)))
                    }))
        )
        compose.append("volumes", Self.volumes(of: ComposeProject(stack).containers))
        if case .external(let name) = stack.compose.network {
            compose.append("networks", ["default": ["name": .string(name), "external": true]])
        }
        compose.append("secrets", Self.secrets(stack.secretUses))
        return [
            try GeneratedYAML.file(
                Self.path, .mapping(compose),
                comment: ["The '\(stack.name)' monitoring stack. Deploy with: docker compose up -d"]
                    + Self.uncheckedHealth(of: ComposeProject(stack).containers))
        ]
    }

    /// The top-level `volumes` of `containers`: each named volume once, in order of use.
    static func volumes(of containers: [ResolvedContainer]) -> YAMLNode {
        let volumes = containers.flatMap(\.volumes).compactMap(\.volumeName)
        return .mapping(YAMLMapping(volumes.uniqued.map { .init(key: $0, value: .mapping([:])) }))
    }

    /// The top-level `secrets` of `uses`, each read from `./secrets/<name>` beside the compose file, sorted by
    /// name; `nil` when there are none.
    static func secrets(_ uses: [SecretUse]) -> YAMLNode? {
        let names = Set(uses.map(\.name)).sorted()
        guard !names.isEmpty else { return nil }
        return .mapping(
            YAMLMapping(
                names.map {
                    YAMLMapping.Entry(key: $0, value: ["file": .string("./\(SecretsEmitter.folder)/\($0)")])
                }))
    }

    /// A comment line for each container without a healthcheck, saying why.
    static func uncheckedHealth(of containers: [ResolvedContainer]) -> [String] {
        containers.compactMap { container in
            guard case .none(let reason) = container.health else { return nil }
            return "No healthcheck for \(container.name): \(reason)."
        }
    }

    /// The compose service of `container`, its ports published on `bindAddress` unless `VIGIL_BIND_ADDRESS`
    /// says otherwise.
    func service(_ container: ResolvedContainer, bindAddress: String) -> YAMLMapping {
        var service = YAMLMapping()
        service.append("image", .string(container.image.reference))
        if !container.command.isEmpty {
            service.append("command", .sequence(container.command.map(Self.literal)))
        }
        if !container.environment.isEmpty {
            service.append(
                "environment",
                .mapping(YAMLMapping(container.environment.map { .init(key: $0.name, value: Self.literal($0.value)) })))
        }
        if !container.ports.isEmpty {
            let address = "${\(Self.bindAddressVariable):-\(bindAddress)}"
            service.append(
                "ports", .sequence(container.ports.map { .string("\(address):\($0.host):\($0.container)") }))
        }
        if !container.volumes.isEmpty {
            service.append("volumes", .sequence(container.volumes.map { Self.literal($0.shortSyntax) }))
        }
        if !container.secrets.isEmpty {
            service.append("secrets", .sequence(container.secrets.map(YAMLNode.string)))
        }
        if !container.aliases.isEmpty {
            service.append("networks", ["default": ["aliases": .sequence(container.aliases.map(YAMLNode.string))]])
        }
        if !container.dependencies.isEmpty {
            service.append(
                "depends_on",
                .mapping(
                    YAMLMapping(
                        container.dependencies.map {
                            .init(
                                key: $0.name,
                                value: ["condition": $0.waitsUntilHealthy ? "service_healthy" : "service_started"])
                        })))
        }
        service.append("healthcheck", healthcheck(container.health))
        service.append("user", .string(container.user.composeValue))
        service.append("read_only", true)
        if !container.scratchFolders.isEmpty {
            service.append("tmpfs", .sequence(container.scratchFolders.map { .string($0.composeValue) }))
        }
        service.append("cap_drop", ["ALL"])
        if !container.capabilities.isEmpty {
            service.append("cap_add", .sequence(container.capabilities.map { .string($0.rawValue) }))
        }
        service.append("restart", "unless-stopped")
        service.append("security_opt", ["no-new-privileges:true"])
        // Compose 2 refuses `pids_limit` beside `deploy.resources.limits` unless the limits' `pids` says the same.
        let processes = YAMLNode.int(container.limits.processes)
        service.append("pids_limit", processes)
        service.append(
            "deploy",
            [
                "resources": [
                    "limits": [
                        "cpus": .string(container.limits.cpus), "memory": .string(container.limits.memory),
                        "pids": processes,
                    ]
                ]
            ])
        service.append("logging", ["driver": "json-file", "options": ["max-size": "10m", "max-file": "3"]])
        return service
    }

    /// `text` as a compose value that compose takes as written: compose interpolates `$VAR` and `${VAR}` in
    /// every value, so a `$` of the spec's (a password, `/var/log/$USER`) is doubled. The image and port values,
    /// which hold Vigil's own `${VARIABLE:-default}`, are written without this.
    static func literal(_ text: String) -> YAMLNode {
        .string(text.replacing("$", with: "$$"))
    }

    func healthcheck(_ health: ContainerHealth) -> YAMLNode {
        switch health {
        case .check(let test, let startPeriod):
            [
                "test": .sequence(test.map(Self.literal)),
                "interval": "10s",
                "timeout": "5s",
                "retries": 5,
                "start_period": .string(startPeriod),
            ]
        case .none:
            ["disable": true]
        }
    }
}
