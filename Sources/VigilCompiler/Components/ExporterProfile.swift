import VigilDSL

/// What Vigil knows of each exporter: its image, where it listens, the metrics it exports, how docker checks
/// it, what it may use and the user it runs as. None writes a file, so none has a scratch folder.
struct ExporterProfile: Sendable {
    /// The image.
    var image: ContainerImage
    /// The port it serves metrics on, inside its container.
    var port: Int
    /// The metrics it exports, declared on its scrape job.
    var catalogue: [MetricDeclaration]
    /// The healthcheck, against a path its image can reach with `wget`.
    var healthPath: String
    /// The most it may use.
    var limits: ResourceLimits
    /// What it is for, for the stack's README.
    var purpose: String
    /// The user it runs as.
    var user: ContainerUser

    /// The profile of `kind`.
    init(_ kind: Exporter.Kind) {
        let small = ResourceLimits(cpus: "0.25", memory: "128m", processes: 128)
        switch kind {
        case .node:
            // The image's user.
            self.init(
                image: PinnedImages.nodeExporter, port: 9100, catalogue: NodeExporterMetrics.all, healthPath: "/",
                limits: small, purpose: "host metrics", user: .nobody)
        case .cadvisor:
            self.init(
                image: PinnedImages.cadvisor, port: 8080, catalogue: CAdvisorMetrics.all, healthPath: "/healthz",
                limits: ResourceLimits(cpus: "0.5", memory: "256m", processes: 256), purpose: "container metrics",
                user: .root(
                    reason: "it must read Docker's storage below /var/lib/docker, which belongs to root, to track a "
                        + "container at all (the image runs as root too)"))
        case .postgres:
            // The image's user.
            self.init(
                image: PinnedImages.postgresExporter, port: 9187, catalogue: PostgresExporterMetrics.all,
                healthPath: "/", limits: small, purpose: "PostgreSQL metrics", user: .nobody)
        case .redis:
            // The user of the project's scratch image, which its Alpine variant runs as root.
            self.init(
                image: PinnedImages.redisExporter, port: 9121, catalogue: RedisExporterMetrics.all,
                healthPath: "/health", limits: small, purpose: "Redis metrics",
                user: .account(uid: 59000, gid: 59000))
        case .blackbox:
            // The image runs as root for ICMP probes, which need raw sockets; HTTP and TCP probes need nothing.
            self.init(
                image: PinnedImages.blackboxExporter, port: 9115, catalogue: BlackboxExporterMetrics.all,
                healthPath: "/-/healthy", limits: small, purpose: "probes of HTTP and TCP endpoints", user: .nobody)
        }
    }

    init(
        image: ContainerImage, port: Int, catalogue: [MetricDeclaration], healthPath: String, limits: ResourceLimits,
        purpose: String, user: ContainerUser
    ) {
        self.image = image
        self.port = port
        self.catalogue = catalogue
        self.healthPath = healthPath
        self.limits = limits
        self.purpose = purpose
        self.user = user
    }
}

extension Exporter {
    /// The compose service that runs it: the job for cAdvisor (`cadvisor`), or the job followed by `-exporter`
    /// (`postgres-exporter`).
    var containerName: String {
        if case .cadvisor = kind { return job }
        return "\(job)-exporter"
    }

    /// Where Prometheus scrapes it: `postgres-exporter:9187`.
    var address: String { "\(containerName):\(ExporterProfile(kind).port)" }
}
