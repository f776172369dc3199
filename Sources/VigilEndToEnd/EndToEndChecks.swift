import Foundation
import VigilBackends
import VigilCompiler
import VigilModel

/// The checks of a running local stack against its model.
struct EndToEndChecks {
    let session: LocalSession
    let patience: TimeInterval
    /// The stack as generated (the local profile changes timings and addresses, not names or labels).
    let model: ResolvedStack

    /// Every target of every job is scraped successfully; returns when they all were.
    func targetsUp() throws -> Date {
        let served = LocalProfile.targets(of: model)
        let expected =
            served.count
            + model.scrapeJobs.filter { job in !served.contains { $0.job == job.name } }.map {
                Swift.max($0.targets.count, 1)
            }.reduce(0, +)
        _ = try waitFor("every target up", seconds: patience) { () -> Poll<Void> in
            let targets = try session.prometheus.getJSON(
                "/api/v1/targets?state=active", as: PrometheusAPI.Envelope<PrometheusAPI.Targets>.self
            ).data.activeTargets
            let down = targets.filter { $0.health != "up" }
            guard targets.count == expected, down.isEmpty else {
                let detail = down.map {
                    "\($0.scrapePool) \($0.labels["instance"] ?? ""): \($0.health) \($0.lastError)"
                }
                return .waiting("\(targets.count) of \(expected) targets; not up: \(detail.joined(separator: "; "))")
            }
            return .done(())
        }
        return Date()
    }

    /// Every rule of the model is loaded, and has been evaluated without error on data scraped since `up`
    /// (two scrapes at least, which rates need).
    func rulesHealthy(since up: Date, interval: TimeInterval) throws -> String {
        let expected = model.alerts.count + model.recordingRules.count
        let dataFrom = up.addingTimeInterval(2 * interval)
        _ = try waitFor("every rule evaluated", seconds: patience) { () -> Poll<Void> in
            let rules = try session.prometheus.getJSON(
                "/api/v1/rules", as: PrometheusAPI.Envelope<PrometheusAPI.Rules>.self
            ).data.groups.flatMap { group in group.rules.map { (group.name, $0) } }
            guard rules.count == expected else { return .waiting("\(rules.count) of \(expected) rules loaded") }
            let failing = rules.filter { $0.1.health == "err" }
            guard failing.isEmpty else {
                let detail = failing.map { group, rule in
                    "rule '\(rule.name)' of group '\(group)' fails: \(rule.lastError ?? "") (\(rule.query))"
                }
                return .failed(detail.joined(separator: "; "))
            }
            let unevaluated = rules.filter { _, rule in
                rule.health != "ok" || (rule.lastEvaluation.flatMap(PrometheusAPI.time) ?? .distantPast) < dataFrom
            }.map(\.1.name)
            return unevaluated.isEmpty
                ? .done(()) : .waiting("not evaluated yet: \(unevaluated.joined(separator: ", "))")
        }
        return "\(expected) rules"
    }

    /// The labels of every alert Prometheus has firing.
    /// No rule pack alert is pending or firing while the exporter serves the healthy baseline: a pack alert
    /// that fires on a healthy host would page for nothing. Runs once the rules have been evaluated.
    func packAlertsQuiet() throws -> String? {
        let packAlerts = Set(model.rulePacks.flatMap { $0.alerts.map(\.name) })
        guard !packAlerts.isEmpty else { return nil }
        let active = try session.prometheus.getJSON(
            "/api/v1/alerts", as: PrometheusAPI.Envelope<PrometheusAPI.Alerts>.self
        ).data.alerts.filter { packAlerts.contains($0.labels["alertname"] ?? "") }
        guard active.isEmpty else {
            throw CheckFailed(
                description: "on the healthy baseline: "
                    + active.map { "\(Self.describe($0.labels)) is \($0.state)" }.joined(separator: "; "))
        }
        return "\(packAlerts.count) alerts quiet"
    }

    func firingAlerts() throws -> [[String: String]] {
        try session.prometheus.getJSON("/api/v1/alerts", as: PrometheusAPI.Envelope<PrometheusAPI.Alerts>.self)
            .data.alerts.filter { $0.state == "firing" }.map(\.labels)
    }

    /// Injects the scenario's fault, then checks its alerts fire and Alertmanager handles them as modelled.
    func fire(_ scenario: EndToEndScenario) throws -> String {
        let start = session.sink.notifications.count
        session.exporter.setDown(scenario.down)
        session.exporter.setRates(scenario.faultRates)
        session.exporter.setValues(scenario.faultValues)
        let firing = try waitFor("the expected alerts firing in Prometheus", seconds: patience) {
            () -> Poll<[[String: String]]> in
            let firing = try firingAlerts()
            let missing = scenario.expected.filter { expected in !firing.contains { expected.matches($0) } }
            return missing.isEmpty
                ? .done(firing) : .waiting("not firing: \(missing.map(\.description).joined(separator: "; "))")
        }
        let alerts = firing.filter { labels in scenario.expected.contains { $0.matches(labels) } }
        guard let alertmanager = model.alertmanager, let client = session.alertmanager else {
            return "\(alerts.count) alerts fired (the stack has no Alertmanager)"
        }
        let inhibited = alerts.filter { alertmanager.isInhibited($0, whileFiring: firing) }
        for labels in inhibited {
            try expectSuppressed(labels, client: client)
        }
        let suppressedFrom = session.sink.notifications.count
        let delivered = alerts.filter { !alertmanager.isInhibited($0, whileFiring: firing) }
        _ = try waitFor("notifications as the routing tree and templates say", seconds: patience) { () -> Poll<Void> in
            let problems = delivered.flatMap { labels in
                deliveryProblems(labels, grouped: delivered, alertmanager: alertmanager, since: start)
            }
            return problems.isEmpty ? .done(()) : .waiting(problems.joined(separator: "; "))
        }
        if !inhibited.isEmpty {
            // Let a group interval pass: no notification may carry an alert while it is suppressed.
            Thread.sleep(forTimeInterval: 2 * session.interval)
            for labels in inhibited {
                let leaked = session.sink.notifications.dropFirst(suppressedFrom).filter { notification in
                    notification.alerts.contains { $0.status == "firing" && $0.labels == labels }
                }
                if let notification = leaked.first {
                    throw CheckFailed(
                        description: "\(Self.describe(labels)) is inhibited but reached '\(notification.receiverInURL)'"
                    )
                }
            }
        }
        let receivers = Set(delivered.flatMap { alertmanager.deliveries(for: $0).map(\.receiver) }).sorted()
        return "\(alerts.count) alerts fired, \(inhibited.count) inhibited, the others delivered to "
            + receivers.joined(separator: ", ")
    }

    /// Alertmanager marks the alert suppressed by an inhibition.
    func expectSuppressed(_ labels: [String: String], client: HTTPClient) throws {
        _ = try waitFor("\(Self.describe(labels)) suppressed by an inhibition", seconds: patience) { () -> Poll<Void> in
            let alerts = try client.getJSON("/api/v2/alerts", as: [AlertmanagerAlert].self)
            guard let alert = alerts.first(where: { $0.labels == labels }) else {
                return .waiting("Alertmanager does not have it")
            }
            return alert.status.state == "suppressed" && !alert.status.inhibitedBy.isEmpty
                ? .done(()) : .waiting("its state is \(alert.status.state)")
        }
    }

    /// What is wrong with how an alert with `labels` was delivered: each receiver the routing tree picks got
    /// it, grouped with the other alerts of its group, with the rendered annotations.
    func deliveryProblems(
        _ labels: [String: String], grouped alerts: [[String: String]], alertmanager: ResolvedAlertmanager,
        since start: Int
    ) -> [String] {
        let notifications = session.sink.notifications.dropFirst(start).filter { $0.status == "firing" }
        return alertmanager.deliveries(for: labels).compactMap { delivery -> String? in
            let name = Self.describe(labels)
            guard
                let latest = notifications.last(where: {
                    $0.receiverInURL == delivery.receiver && $0.groupLabels == delivery.groupLabels
                }),
                let alert = latest.alerts.first(where: { $0.labels == labels && $0.status == "firing" })
            else { return "\(name) not delivered to '\(delivery.receiver)' in group \(delivery.groupLabels)" }
            let sameGroup = alerts.filter { other in
                alertmanager.deliveries(for: other).contains(delivery)
            }
            let missing = sameGroup.filter { other in !latest.alerts.contains { $0.labels == other } }
            guard missing.isEmpty else {
                return "the notification of \(name) to '\(delivery.receiver)' lacks its group's "
                    + missing.map(Self.describe).joined(separator: ", ")
            }
            return annotationProblem(of: alert, name: name)
        }
    }

    /// Whether the delivered annotations are the ones the alert's templates render (or, for those that print
    /// the value, at least rendered).
    func annotationProblem(of alert: WebhookSink.Notification.Alert, name: String) -> String? {
        guard
            let rule = model.alerts.first(where: { rule in
                rule.name == alert.labels["alertname"]
                    && rule.labels.allSatisfy { $0.value.holdsTemplateAction || alert.labels[$0.name] == $0.value }
            })
        else { return "\(name) is not an alert of the stack" }
        for (key, expected) in rule.expectedAnnotations(forAlertLabels: alert.labels).sorted(by: { $0.key < $1.key }) {
            guard let actual = alert.annotations[key] else { return "\(name) arrived without its \(key)" }
            if let expected, actual != expected {
                return "\(name) arrived with \(key) '\(actual)', its template renders '\(expected)'"
            }
            if actual.isEmpty || actual.holdsTemplateAction {
                return "\(name) arrived with an unrendered \(key) '\(actual)'"
            }
        }
        return nil
    }

    /// Removes the fault (diluting bad events with good ones) and checks the alerts resolve, in Prometheus
    /// and with a resolved notification to each receiver that was notified.
    @discardableResult func resolve(_ scenario: EndToEndScenario) throws -> String? {
        let start = session.sink.notifications.count
        let notified = session.sink.notifications
        session.exporter.setDown([])
        session.exporter.setRates(scenario.recoveryRates)
        session.exporter.setValues(scenario.recoveryValues)
        defer { session.exporter.setRates([:]) }
        _ = try waitFor("the scenario's alerts resolved in Prometheus", seconds: patience) { () -> Poll<Void> in
            let alerts = try session.prometheus.getJSON(
                "/api/v1/alerts", as: PrometheusAPI.Envelope<PrometheusAPI.Alerts>.self
            ).data.alerts
            let still = alerts.filter { alert in scenario.expected.contains { $0.matches(alert.labels) } }
            return still.isEmpty
                ? .done(())
                : .waiting("still active: \(still.map { Self.describe($0.labels) }.joined(separator: "; "))")
        }
        let deliveredAlerts = notified.flatMap { notification in
            notification.alerts.filter { alert in
                alert.status == "firing" && scenario.expected.contains { $0.matches(alert.labels) }
            }.map { (notification.receiverInURL, $0.labels) }
        }
        _ = try waitFor("resolved notifications", seconds: patience) { () -> Poll<Void> in
            let resolved = session.sink.notifications.dropFirst(start)
            let pending = deliveredAlerts.filter { receiver, labels in
                !resolved.contains { notification in
                    notification.receiverInURL == receiver
                        && notification.alerts.contains { $0.labels == labels && $0.status == "resolved" }
                }
            }
            return pending.isEmpty
                ? .done(())
                : .waiting("no resolved notification of \(pending.map { "\(Self.describe($0.1)) to '\($0.0)'" })")
        }
        return nil
    }

    /// Every alert of every notification went to a receiver the routing tree picks for it.
    func routedAsModelled() throws -> String? {
        guard let alertmanager = model.alertmanager else { return nil }
        for notification in session.sink.notifications {
            for alert in notification.alerts {
                let receivers = alertmanager.deliveries(for: alert.labels).map(\.receiver)
                guard receivers.contains(notification.receiverInURL) else {
                    throw CheckFailed(
                        description: "\(Self.describe(alert.labels)) reached '\(notification.receiverInURL)'; "
                            + "the routing tree sends it to \(receivers.joined(separator: ", "))")
                }
            }
        }
        return "\(session.sink.notifications.count) notifications"
    }

    /// `Name{label="value",...}`.
    static func describe(_ labels: [String: String]) -> String {
        let pairs = labels.filter { $0.key != "alertname" }.sorted { $0.key < $1.key }.map {
            "\($0.key)=\"\($0.value)\""
        }
        return "\(labels["alertname"] ?? "")"
            + "{\(pairs.joined(separator: ","))}"
    }
}
