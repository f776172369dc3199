/// The rules on a highly available stack: at least one Prometheus replica, a replica label that names nothing
/// else (Alertmanager drops it from alerts and a long-term store from samples, so a label of that name
/// elsewhere would vanish with it), and an Alertmanager cluster of at least two peers whose last peer notifies
/// within a group interval.
package enum HighAvailabilityRules {
    package static let all: [ValidationRule] = [
        ValidationRule("Prometheus runs at least one replica", check: replicaCount),
        ValidationRule("the replica label is no other label", check: replicaLabel),
        ValidationRule("an Alertmanager cluster has two peers or more", check: clusterSize),
        ValidationRule("the last peer notifies within a group interval", check: peerTimeout),
    ]

    static func replicaCount(_ stack: ResolvedStack) -> [Diagnostic] {
        let count = stack.prometheus.replicaCount
        guard count < 1 else { return [] }
        return [
            .error(
                "invalid-replica-count", "Prometheus is declared with \(count) replicas: it needs one at least",
                at: stack.prometheus.location,
                hint: "leave `replicas` out for a single server, or write `replicas: 2` for a highly available pair")
        ]
    }

    /// Every other use of the replica label's name: a label Prometheus sets itself, an external label, a scrape
    /// job's target label, a label of a declared metric, a static label of an alert.
    static func replicaLabel(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let label = stack.prometheus.replicaLabel else { return [] }
        let location = stack.prometheus.location
        func collision(_ use: String) -> Diagnostic {
            .error(
                "replica-label-collision",
                "the replica label '\(label)' is also \(use): it is dropped from every alert and from the samples "
                    + "sent to a long-term store, so that label would be lost too",
                at: location, hint: "name the replica label something else: `replicaLabel: \"prometheus_replica\"`")
        }
        guard !label.hasPrefix("__") else {
            return [collision("a reserved name (labels starting with __ are Prometheus's own)")]
        }
        var uses: [String] = []
        if ["job", "instance", "alertname"].contains(label) {
            uses.append("a label Prometheus puts on every scraped series or alert")
        }
        if stack.prometheus.externalLabels.contains(where: { $0.name == label }) {
            uses.append("an external label of Prometheus")
        }
        uses += stack.scrapeJobs.filter { $0.labels.contains { $0.name == label } }.map {
            "a target label of the scrape job '\($0.name)'"
        }
        let metrics = stack.services.flatMap(\.metrics).filter { $0.labelNames.contains(label) }.map(\.name).uniqued
        if !metrics.isEmpty {
            uses.append("a label of the metrics \(Self.list(metrics))")
        }
        let alerts = stack.alerts.filter { $0.labels.contains { $0.name == label } }.map(\.name).uniqued
        if !alerts.isEmpty {
            uses.append("a label of the alerts \(Self.list(alerts))")
        }
        return uses.uniqued.map(collision)
    }

    /// `'a', 'b', 'c'` and how many more.
    static func list(_ names: [String]) -> String {
        let shown = names.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
        return names.count > 3 ? "\(shown) and \(names.count - 3) more" : shown
    }

    static func clusterSize(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let cluster = stack.alertmanager?.cluster, cluster.peers < 2 else { return [] }
        return [
            .error(
                "alertmanager-cluster-too-small",
                "the Alertmanager cluster has \(cluster.peers) peer\(cluster.peers == 1 ? "" : "s"): a cluster needs "
                    + "two or more to survive the loss of one",
                at: cluster.location,
                hint: "write `AlertmanagerCluster(peers: 3)`, or leave `cluster` out for a single Alertmanager")
        ]
    }

    /// Each peer waits its position times the peer timeout before it notifies; when the last one's wait reaches
    /// a route's group interval, the group has flushed again by then and that peer notifies a second time.
    static func peerTimeout(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager, let cluster = alertmanager.cluster, cluster.peers >= 2 else {
            return []
        }
        let wait = cluster.longestWait
        return alertmanager.root.allRoutes.compactMap { route in
            guard let interval = route.groupInterval, wait.milliseconds >= interval.milliseconds else { return nil }
            return .error(
                "peer-timeout-too-long",
                "the last of \(cluster.peers) Alertmanager peers waits \(wait) (\(cluster.peers - 1) × the peer "
                    + "timeout \(cluster.peerTimeout)) before it notifies, not less than the group interval "
                    + "\(interval) of the route to '\(route.receiver)': it would send that route's notifications again",
                at: cluster.location,
                hint: "shorten the peer timeout below \(interval) / \(cluster.peers - 1), e.g. "
                    + "`AlertmanagerCluster(peers: \(cluster.peers), peerTimeout: .seconds(...))`, or lengthen the group "
                    + "interval")
        }
    }
}
