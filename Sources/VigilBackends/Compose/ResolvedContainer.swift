import VigilModel

/// One container of the stack as docker-compose runs it: what the compose file, the secrets README and the
/// stack's README read. Every container gets the stack's defaults (a read-only root filesystem, every capability
/// dropped, no privilege escalation, restart policy, log rotation) from the compose emitter; everything that
/// differs between containers is here.
public struct ResolvedContainer: Sendable {
    /// The compose service name, also its host name on the stack's network.
    public var name: String
    /// What it is for, in a few words ("metrics and alerting rules").
    public var purpose: String
    /// The image.
    public var image: ContainerImage
    /// The arguments after the image's entrypoint.
    public var command: [String] = []
    /// Environment variables, sorted by name.
    public var environment: [Label] = []
    /// The ports published on the host.
    public var ports: [PublishedPort] = []
    /// Named volumes and bind mounts.
    public var volumes: [ResolvedVolume] = []
    /// The secret files it reads, and what for.
    public var secretUses: [SecretUse] = []
    /// How docker checks that it is up.
    public var health: ContainerHealth
    /// The containers it waits for.
    public var dependencies: [ContainerDependency] = []
    /// The most CPU, memory and processes it may take.
    public var limits: ResourceLimits
    /// The user it runs as.
    public var user: ContainerUser
    /// The folders it writes outside its volumes, in memory: its root filesystem is read-only.
    public var scratchFolders: [ScratchFolder] = []
    /// The capabilities it gets back after all are dropped; most need none.
    public var capabilities: [Capability] = []
    /// Further names it is reached at on the stack's network: `prometheus` for each replica of a highly
    /// available pair, which Docker's DNS answers with every running one.
    public var aliases: [String] = []
    /// Where it was declared: the component's statement, or the stack's for Prometheus.
    public var location: SourceLocation

    /// The names of the secrets it reads, each once, sorted.
    public var secrets: [String] { Set(secretUses.map(\.name)).sorted() }

    /// A value of these fields.
    package init(
        name: String, purpose: String, image: ContainerImage, command: [String] = [], environment: [Label] = [],
        ports: [PublishedPort] = [], volumes: [ResolvedVolume] = [], secretUses: [SecretUse] = [],
        health: ContainerHealth, dependencies: [ContainerDependency] = [], limits: ResourceLimits, user: ContainerUser,
        scratchFolders: [ScratchFolder] = [], capabilities: [Capability] = [], location: SourceLocation
    ) {
        self.name = name
        self.purpose = purpose
        self.image = image
        self.command = command
        self.environment = environment
        self.ports = ports
        self.volumes = volumes
        self.secretUses = secretUses
        self.health = health
        self.dependencies = dependencies
        self.limits = limits
        self.user = user
        self.scratchFolders = scratchFolders
        self.capabilities = capabilities
        self.location = location
    }
}
