import Foundation
import VigilModel

/// The checks of a highly available stack: each notification sent once by the Alertmanager peers, each alert
/// once although every Prometheus replica fires it, and alerts still notified once a peer or a replica is lost.
extension EndToEndChecks {
    /// How long after a scenario a duplicate could still arrive: each peer waits its position times the peer
    /// timeout before it notifies, plus two group intervals.
    var duplicateWindow: TimeInterval {
        (session.stack.alertmanager?.cluster?.longestWait.seconds ?? 0) + 2 * session.interval
    }

    /// No notification arrived twice within a window (the notifications from `windows[i]` up to the next
    /// start), and no receiver got one alert twice, once from each replica (two alerts equal but for the
    /// labels the replicas set: the replica label and the other external labels).
    /// `about` picks the notifications to check (all by default). A failure quotes the membership changes the
    /// peers logged since `marks`.
    func notifiedOnce(
        windows: [Int], since marks: [String: Int], about: (WebhookSink.Notification) -> Bool = { _ in true }
    ) throws -> String {
        Thread.sleep(forTimeInterval: duplicateWindow)
        let all = session.sink.notifications
        let bounds = zip(windows, windows.dropFirst() + [all.count])
        var problems: [String] = []
        for (start, end) in bounds where start < end {
            problems += duplicates(in: all[start..<end].filter(about))
        }
        guard problems.isEmpty else {
            throw DuplicateNotifications(
                problems: problems.uniqued, membershipChanges: session.membershipChanges(since: marks))
        }
        return "\(all.count) notifications, none twice"
    }

    /// The duplicates among `notifications`: a notification that repeats the one before it to the same receiver
    /// and group (what each peer sends when the peers do not share their notification log). Two replicas that
    /// disagree for an evaluation at a fault's start or end can make a group flap (firing, resolved, firing):
    /// those notifications differ from the one before, and are not duplicates.
    func duplicates(in notifications: [WebhookSink.Notification]) -> [String] {
        var problems: [String] = []
        var last: [String: String] = [:]
        for notification in notifications {
            let group = "\(notification.receiverInURL) \(Self.describe(notification.groupLabels))"
            let identity = Self.identity(notification)
            if last[group] == identity {
                problems.append(
                    "the same notification reached '\(notification.receiverInURL)' twice in a row: the peers did "
                        + "not deduplicate it (\(identity))")
            }
            last[group] = identity
        }
        let replicaLabels = Set(
            model.prometheus.externalLabels.map(\.name) + [model.prometheus.replicaLabel].compactMap { $0 })
        for receiver in Set(notifications.map(\.receiverInURL)).sorted() {
            let alerts = Set(
                notifications.filter { $0.receiverInURL == receiver }.flatMap { $0.alerts.map(\.labels) })
            let byAlert = Dictionary(grouping: alerts) { labels in labels.filter { !replicaLabels.contains($0.key) } }
            for (alert, copies) in byAlert.sorted(by: { Self.describe($0.key) < Self.describe($1.key) })
            where copies.count > 1 {
                let differing = Set(copies.flatMap { $0.keys }).subtracting(alert.keys).sorted()
                problems.append(
                    "\(Self.describe(alert)) reached '\(receiver)' \(copies.count) times, once from each replica "
                        + "(they differ in \(differing.joined(separator: ", "))): alerts must lose the labels "
                        + "that tell replicas apart")
            }
        }
        return problems
    }

    /// What makes two notifications of a group the same: their status, and each alert's labels and status.
    static func identity(_ notification: WebhookSink.Notification) -> String {
        let alerts = notification.alerts.map { "\(describe($0.labels)) \($0.status)" }.sorted()
        return "\(notification.status): " + alerts.joined(separator: ", ")
    }

    /// Stops the first Alertmanager peer started and runs `scenario`: its alerts are still notified, by the peers
    /// left, each once. (Which peer notifies first follows the peers' random names, not the order they started in.)
    func survivesPeerLoss(_ scenario: EndToEndScenario) throws -> String {
        let peer = session.alertmanagerPeers[0]
        // What the earlier scenarios still send settles first.
        Thread.sleep(forTimeInterval: duplicateWindow)
        session.stop(peer)
        return try survivesLoss(of: peer.name, scenario)
    }

    /// Stops the first Prometheus replica and runs `scenario`: the other replica's alerts are notified, each
    /// once.
    func survivesReplicaLoss(_ scenario: EndToEndScenario) throws -> String {
        let replica = session.prometheusReplicas[0]
        // What the earlier scenarios still send settles first.
        Thread.sleep(forTimeInterval: duplicateWindow)
        session.stop(replica)
        return try survivesLoss(of: replica.name, scenario)
    }

    /// Runs `scenario` with `server` stopped, once the peers left agree on their cluster; its own alerts'
    /// notifications must arrive once. Others may not: a peer stopped while it notifies may not have gossiped what
    /// it sent, and Alertmanager delivers at least once. When the surviving peers lost sight of each other while
    /// the scenario ran (the machine starved their gossip), each side notified on its own: the scenario runs once
    /// more, and the result says why.
    func survivesLoss(of server: String, _ scenario: EndToEndScenario) throws -> String {
        func run() throws -> String {
            try session.awaitClusterMembership()
            let marks = session.peerLogMarks()
            let start = session.sink.notifications.count
            let fired = try fire(scenario)
            try resolve(scenario)
            _ = try notifiedOnce(windows: [start], since: marks) { notification in
                notification.alerts.contains { alert in scenario.expected.contains { $0.matches(alert.labels) } }
            }
            return "without \(server): \(fired)"
        }
        do {
            return try run()
        } catch let failure as DuplicateNotifications where !failure.membershipChanges.isEmpty {
            Thread.sleep(forTimeInterval: duplicateWindow)
            return try run()
                + " (run twice: in the first run the surviving peers lost sight of each other and notified on "
                + "their own; \(failure.membershipChanges.count) membership changes logged)"
        }
    }
}

/// Notifications that arrived twice, with the membership changes the peers logged meanwhile (none when the
/// cluster stayed whole: then the configuration failed to deduplicate).
struct DuplicateNotifications: Error, CustomStringConvertible {
    var problems: [String]
    var membershipChanges: [String]

    var description: String {
        let changes =
            membershipChanges.isEmpty
            ? "" : "; meanwhile the peers logged: " + membershipChanges.suffix(20).joined(separator: " | ")
        return problems.joined(separator: "; ") + changes
    }
}
