import VigilModel

/// How compose runs each exporter: its image, how docker checks it, what it may use and the user it runs as. None writes a file, so none has a scratch folder.
struct ExporterProfile: Sendable {
    /// The image.
    var image: ContainerImage
    /// The port it serves metrics on, inside its container.
    var port: Int
    /// The healthcheck, against a path its image can reach with `wget`.
    var healthPath: String
    /// The most it may use.
    var limits: ResourceLimits
    /// What it is for, for the stack's README.
    var purpose: String
    /// The user it runs as.
    var user: ContainerUser

    /// The profile of `kind`.
    init(_ kind: ExporterKind) {
        let small = ResourceLimits(cpus: "0.25", memory: "128m", processes: 128)
        switch kind {
        case .node:
            // The image's user.
            self.init(
                image: PinnedImages.nodeExporter, port: kind.port, healthPath: "/",
                limits: small, purpose: "host metrics", user: .nobody)
        case .cadvisor:
            self.init(
                image: PinnedImages.cadvisor, port: kind.port, healthPath: "/healthz",
                limits: ResourceLimits(cpus: "0.5", memory: "256m", processes: 256), purpose: "container metrics",
                user: .root(
                    reason: "it must read Docker's storage below /var/lib/docker, which belongs to root, to track a "
                        + "container at all (the image runs as root too)"))
        case .postgres:
            // The image's user.
            self.init(
                image: PinnedImages.postgresExporter, port: kind.port, healthPath: "/", limits: small,
                purpose: "PostgreSQL metrics", user: .nobody)
        case .redis:
            // The user of the project's scratch image, which its Alpine variant runs as root.
            self.init(
                image: PinnedImages.redisExporter, port: kind.port, healthPath: "/health", limits: small,
                purpose: "Redis metrics",
                user: .account(uid: 59000, gid: 59000))
        case .blackbox:
            // The image runs as root for ICMP probes, which need raw sockets; HTTP and TCP probes need nothing.
            self.init(
                image: PinnedImages.blackboxExporter, port: kind.port, healthPath: "/-/healthy", limits: small,
                purpose: "probes of HTTP and TCP endpoints", user: .nobody)
        }
    }

    init(
        image: ContainerImage, port: Int, healthPath: String, limits: ResourceLimits,
        purpose: String, user: ContainerUser
    ) {
        self.image = image
        self.port = port
        self.healthPath = healthPath
        self.limits = limits
        self.purpose = purpose
        self.user = user
    }
}
