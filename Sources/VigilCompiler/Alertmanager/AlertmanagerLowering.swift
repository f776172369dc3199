import VigilDSL

/// Lowers a stack's ``Alertmanager``: the root route from its settings, the Watchdog route first among the
/// top-level routes, receivers and schedules gathered from the tree (each once), the default inhibition, and
/// the notification templates from the library.
public enum AlertmanagerLowering {
    /// The port Alertmanager listens on inside its container.
    static let port = 9093
    /// The library folder holding the notification templates.
    static let templateFolder = "alertmanager"
    /// The file name suffix of notification templates.
    static let templateSuffix = ".tmpl"

    /// The stack's Alertmanager, or `nil` when the stack declares none. Further declarations are kept as
    /// ``ResolvedAlertmanager/redeclarations``.
    public static func lower(_ alertmanagers: [Alertmanager], templates: TemplateLibrary) -> ResolvedAlertmanager? {
        guard let alertmanager = alertmanagers.first else { return nil }
        let root = ResolvedRoute(
            receiver: alertmanager.defaultReceiver.name, matchers: [], groupBy: alertmanager.groupBy,
            groupWait: alertmanager.groupWait, groupInterval: alertmanager.groupInterval,
            repeatInterval: alertmanager.repeatInterval,
            routes: (alertmanager.watchdog.map { [watchdogRoute($0)] } ?? []) + alertmanager.routes.map(route),
            location: alertmanager.location)
        let allRoutes = alertmanager.routes.flatMap(descendants)
        let receivers =
            [alertmanager.defaultReceiver] + (alertmanager.watchdog.map { [$0.receiver] } ?? [])
            + alertmanager.receivers + allRoutes.map(\.receiver)
        let schedules = allRoutes.flatMap { $0.mutedDuring + $0.activeDuring }
        var inhibitions = alertmanager.inhibitions
        if alertmanager.inhibitsWarningsWhenCritical {
            inhibitions.insert(
                Inhibit(
                    source: [Matcher(.severity, .equal, Severity.critical.name, location: alertmanager.location)],
                    target: [Matcher(.severity, .equal, Severity.warning.name, location: alertmanager.location)],
                    equal: [.alertname, .service], location: alertmanager.location),
                at: 0)
        }
        return ResolvedAlertmanager(
            root: root,
            receivers: receivers.uniqued.sorted { ($0.name, $0.location) < ($1.name, $1.location) },
            schedules: schedules.uniqued.sorted { ($0.name, $0.location) < ($1.name, $1.location) },
            inhibitions: inhibitions,
            expectations: alertmanager.expectations.map(expectation),
            resolveTimeout: alertmanager.resolveTimeout,
            compatibility: alertmanager.compatibility,
            templates: templates.files(in: templateFolder, endingIn: templateSuffix),
            image: PinnedImages.alertmanager,
            port: port,
            location: alertmanager.location,
            redeclarations: alertmanagers.dropFirst().map(\.location), cluster: alertmanager.cluster)
    }

    /// The route that takes the Watchdog alert to its own receiver, notified at once and then every
    /// `repeatInterval`.
    static func watchdogRoute(_ watchdog: Watchdog) -> ResolvedRoute {
        ResolvedRoute(
            receiver: watchdog.receiver.name,
            matchers: [Matcher(.alertname, .equal, Watchdog.alertname, location: watchdog.location)],
            groupBy: [.alertname], groupWait: .seconds(0), groupInterval: .minutes(1),
            repeatInterval: watchdog.repeatInterval, location: watchdog.location)
    }

    static func route(_ route: Route) -> ResolvedRoute {
        ResolvedRoute(
            receiver: route.receiver.name, matchers: route.matchers, continues: route.continues,
            groupBy: route.groupBy, groupWait: route.groupWait, groupInterval: route.groupInterval,
            repeatInterval: route.repeatInterval, mutedDuring: route.mutedDuring.map(\.name),
            activeDuring: route.activeDuring.map(\.name), routes: route.routes.map(Self.route),
            location: route.location)
    }

    static func descendants(_ route: Route) -> [Route] {
        [route] + route.routes.flatMap(descendants)
    }

    static func expectation(_ expect: Expect) -> RoutingExpectation {
        RoutingExpectation(
            labels: Label.sorted(Dictionary(uniqueKeysWithValues: expect.labels.map { ($0.key.name, $0.value) })),
            receivers: expect.receivers.map(\.name), location: expect.location)
    }
}
