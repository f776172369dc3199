import VigilCore

/// The rule on where the always-firing `Watchdog` alert goes: a dead man's switch, or nowhere that notifies
/// people. Without one it falls through the routing tree into a receiver that tells a chat or a pager "the
/// alerting pipeline works" at every repeat interval, and no one notices when it stops.
enum WatchdogRules {
    static let all: [ValidationRule] = [
        ValidationRule("the Watchdog goes to a dead man's switch", check: watchdogRoute)
    ]

    static func watchdogRoute(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager,
            let watchdog = stack.alerts.first(where: { $0.name == Watchdog.alertname }),
            !alertmanager.root.allRoutes.contains(where: routesWatchdogByName)
        else { return [] }
        let labels = Dictionary(watchdog.labels.map { ($0.name, $0.value) }) { $1 }
            .merging(["alertname": Watchdog.alertname]) { $1 }
        let notifying = alertmanager.root.routesTaking(labels).filter { taken in
            alertmanager.receivers.first { $0.name == taken.route.receiver }?.integrations.isEmpty == false
        }
        guard let landing = notifying.first else { return [] }
        let repeats = landing.route.repeatInterval.map { " every \($0)" } ?? " at every repeat interval"
        return [
            .warning(
                "watchdog-to-receiver",
                "the always-firing Watchdog alert lands in receiver '\(landing.route.receiver)', which it notifies"
                    + "\(repeats) that the alerting pipeline works; no one is told when those notifications stop",
                at: alertmanager.location,
                hint: "send it to a dead man's switch (healthchecks.io, Dead Man's Snitch), "
                    + "`Alertmanager(..., watchdog: Watchdog(to: deadMansSwitch))`, or to a receiver without "
                    + "integrations")
        ]
    }

    /// Whether `route` is one the spec wrote for the Watchdog: it matches the alert by its name exactly.
    static func routesWatchdogByName(_ route: ResolvedRoute) -> Bool {
        route.matchers.contains { $0.label == .alertname && $0.operator == .equal && $0.value == Watchdog.alertname }
    }
}
