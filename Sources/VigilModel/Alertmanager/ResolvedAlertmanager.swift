import VigilCore

/// The stack's Alertmanager after lowering: the routing tree with its defaults and the Watchdog route, every
/// receiver and schedule the tree uses, the inhibitions including the default one, and the templates.
public struct ResolvedAlertmanager: Sendable {
    /// The root of the routing tree; its receiver is the default receiver.
    public var root: ResolvedRoute
    /// Every receiver, declared in the body or used by a route, each once, sorted by name, then by where it was
    /// written.
    public var receivers: [Receiver]
    /// Every schedule a route uses, each once, sorted by name, then by where it was written.
    public var schedules: [Schedule]
    /// The inhibitions: the default one (when enabled) first, then the body's in order.
    public var inhibitions: [Inhibit]
    /// The routing expectations written in the body, in order.
    public var expectations: [RoutingExpectation]
    /// How long an alert that Prometheus stopped sending stays firing.
    public var resolveTimeout: Duration
    /// The oldest Alertmanager the configuration must load in.
    public var compatibility: AlertmanagerVersion
    /// The notification templates, by path below `templates/alertmanager/`.
    public var templates: TemplateLibrary
    /// The container image that runs it.
    public var image: ContainerImage
    /// The port it listens on inside its container.
    public var port: Int
    /// Where it was declared.
    public var location: SourceLocation
    /// Where further Alertmanagers were declared in the same stack (an error: a stack runs one).
    public var redeclarations: [SourceLocation] = []

    /// The cluster its peers form, `nil` for a single Alertmanager.
    public var cluster: AlertmanagerCluster?
    /// The peers that run (one, `alertmanager`, without a cluster or with a cluster too small, an error), each
    /// of which Prometheus sends every alert to.
    public var peers: [ServerInstance]

    /// The compose service (or, numbered, each peer's), and the host name Prometheus sends alerts to.
    public static let serviceName = "alertmanager"

    /// Where Prometheus sends alerts: every peer's address, `alertmanager:9093` for a single one.
    public var addresses: [String] { peers.map(\.address) }

    /// The receiver called `name`.
    public func receiver(named name: String) -> Receiver? {
        receivers.first { $0.name == name }
    }

    /// Every secret the configuration reads, each once, sorted by name.
    public var secrets: [Secret] {
        Set(receivers.flatMap(\.secrets)).sorted { $0.name < $1.name }
    }

    /// A value of these fields.
    package init(
        root: ResolvedRoute, receivers: [Receiver], schedules: [Schedule], inhibitions: [Inhibit],
        expectations: [RoutingExpectation], resolveTimeout: Duration, compatibility: AlertmanagerVersion,
        templates: TemplateLibrary, image: ContainerImage, port: Int, location: SourceLocation,
        redeclarations: [SourceLocation] = [], cluster: AlertmanagerCluster? = nil
    ) {
        self.root = root
        self.receivers = receivers
        self.schedules = schedules
        self.inhibitions = inhibitions
        self.expectations = expectations
        self.resolveTimeout = resolveTimeout
        self.compatibility = compatibility
        self.templates = templates
        self.image = image
        self.port = port
        self.location = location
        self.redeclarations = redeclarations
        self.cluster = cluster
        peers = ServerInstance.instances(of: Self.serviceName, count: cluster?.peers ?? 1, port: port)
    }
}
