/// The stack's Alertmanager: the routing tree, its receivers, inhibitions and routing expectations.
///
/// It runs as one Alertmanager, or as a cluster of peers (`cluster: AlertmanagerCluster(peers: 3)`) that send each
/// notification once between them.
///
/// The root route takes every alert to `defaultReceiver` unless a route in the body takes it:
/// ```swift
/// static let routing = Alertmanager(defaultReceiver: slack, groupBy: [.alertname, .severity]) {
///     Route(.severity(.critical), to: pagerDuty)
///     Inhibit(source: .alertname("DatabaseDown"), target: .label(.service, equals: "api"))
///     Expect(["severity": "critical"], routesTo: pagerDuty)
/// }
/// ```
public struct Alertmanager: Sendable {
    /// Where alerts that no route takes go.
    public let defaultReceiver: Receiver
    /// The labels that group alerts into one notification.
    public let groupBy: [AlertLabel]
    /// How long to wait before the first notification of a new group.
    public let groupWait: Duration
    /// How long to wait before notifying a group about new alerts.
    public let groupInterval: Duration
    /// How long to wait before repeating a notification.
    public let repeatInterval: Duration
    /// How long an alert that Prometheus stopped sending stays firing.
    public let resolveTimeout: Duration
    /// The dead man's switch, routed ahead of everything else.
    public let watchdog: Watchdog?
    /// Whether a critical alert inhibits the warning with the same `alertname` and `service`.
    public let inhibitsWarningsWhenCritical: Bool
    /// The oldest Alertmanager the configuration must load in.
    public let compatibility: AlertmanagerVersion
    /// The image tag, when not Vigil's pinned one.
    public let version: ImageVersion?
    /// The cluster its peers form, `nil` for a single Alertmanager.
    public let cluster: AlertmanagerCluster?
    /// The changes to the Alertmanager rule pack (``AlertmanagerAlert``) it brings to its scrape job.
    public let pack: [PackOverride<AlertmanagerAlert>]
    /// Receivers declared in the body, in order.
    public let receivers: [Receiver]
    /// The top-level routes, in order.
    public let routes: [Route]
    /// The inhibitions written in the body, in order.
    public let inhibitions: [Inhibit]
    /// The routing expectations, in order.
    public let expectations: [Expect]
    /// Where it was declared.
    public let location: SourceLocation

    /// The stack's Alertmanager; the defaults suit a small team.
    public init(
        defaultReceiver: Receiver,
        groupBy: [AlertLabel] = [.alertname, .service],
        groupWait: Duration = .seconds(30),
        groupInterval: Duration = .minutes(5),
        repeatInterval: Duration = .hours(4),
        resolveTimeout: Duration = .minutes(5),
        watchdog: Watchdog? = nil,
        inhibitsWarningsWhenCritical: Bool = true,
        compatibility: AlertmanagerVersion = .v028,
        version: ImageVersion? = nil,
        cluster: AlertmanagerCluster? = nil,
        pack: [PackOverride<AlertmanagerAlert>] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<AlertmanagerElement> content: () -> [AlertmanagerElement] = { [] }
    ) {
        self.defaultReceiver = defaultReceiver
        self.groupBy = groupBy
        self.groupWait = groupWait
        self.groupInterval = groupInterval
        self.repeatInterval = repeatInterval
        self.resolveTimeout = resolveTimeout
        self.watchdog = watchdog
        self.inhibitsWarningsWhenCritical = inhibitsWarningsWhenCritical
        self.compatibility = compatibility
        self.version = version
        self.cluster = cluster
        self.pack = pack
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
        var receivers: [Receiver] = []
        var routes: [Route] = []
        var inhibitions: [Inhibit] = []
        var expectations: [Expect] = []
        for element in content() {
            switch element {
            case .receiver(let receiver): receivers.append(receiver)
            case .route(let route): routes.append(route)
            case .inhibit(let inhibit): inhibitions.append(inhibit)
            case .expect(let expect): expectations.append(expect)
            }
        }
        self.receivers = receivers
        self.routes = routes
        self.inhibitions = inhibitions
        self.expectations = expectations
    }
}
