import VigilModel

/// The README's "Topology" section: what runs where and how alerts and samples flow, with a diagram; then,
/// for a highly available stack, how the replicas and peers deduplicate and how Grafana reaches them, and for
/// long-term storage, what each store receives and how it deduplicates the replicas; then the remote hosts
/// (``ReadmeRemoteHosts``).
enum ReadmeTopology {
    static func lines(_ stack: ResolvedStack) -> [String] {
        ["## Topology", ""] + summary(stack) + ["", "```mermaid", "flowchart LR"] + diagram(stack) + ["```"]
            + highAvailability(stack) + longTermStorage(stack) + ReadmeRemoteHosts.lines(stack)
    }

    /// One paragraph: the servers and where alerts and samples go.
    static func summary(_ stack: ResolvedStack) -> [String] {
        let prometheus = stack.prometheus
        let servers =
            prometheus.isHighlyAvailable
            ? "\(prometheus.replicas.count) Prometheus replicas (\(names(prometheus.replicas))) scrape the same "
                + "\(stack.scrapeJobs.count) jobs and evaluate the same rules"
            : "One Prometheus (`\(prometheus.replicas[0].name)`) scrapes \(stack.scrapeJobs.count) jobs and "
                + "evaluates the rules"
        var sentences = [servers]
        if let alertmanager = stack.alertmanager {
            let peers =
                alertmanager.cluster == nil
                ? "Alertmanager (`\(alertmanager.peers[0].name)`)"
                : "each of the \(alertmanager.peers.count) Alertmanager peers (\(names(alertmanager.peers)))"
            sentences.append(
                "alerts go to \(peers), which notifies \(alertmanager.receivers.count) receiver"
                    + (alertmanager.receivers.count == 1 ? "" : "s"))
        }
        if !prometheus.remoteWrite.isEmpty {
            sentences.append(
                "recorded series go to "
                    + prometheus.remoteWrite.map { "\(Markdown.code($0.name)) (\($0.url))" }.joined(separator: ", "))
        }
        var text = sentences.joined(separator: "; ") + "."
        if !prometheus.isHighlyAvailable && stack.alertmanager?.cluster == nil {
            text +=
                " A single host: when it is down, so is the monitoring, and only a dead man's switch fed by the"
                + " Watchdog alert notices."
        }
        return [text]
    }

    /// The flowchart: targets, each replica, each peer, the receivers and the long-term stores.
    static func diagram(_ stack: ResolvedStack) -> [String] {
        var lines = ["    targets[\"\(stack.scrapeJobs.count) scrape jobs\"]"]
        for (index, replica) in stack.prometheus.replicas.enumerated() {
            lines.append("    prometheus\(index)[\"\(Mermaid.label(replica.name))\"]")
            lines.append("    targets --> prometheus\(index)")
        }
        if let alertmanager = stack.alertmanager {
            for (index, peer) in alertmanager.peers.enumerated() {
                lines.append("    alertmanager\(index)[\"\(Mermaid.label(peer.name))\"]")
                lines += stack.prometheus.replicas.indices.map {
                    "    prometheus\($0) -->|alerts| alertmanager\(index)"
                }
            }
            if alertmanager.cluster != nil {
                lines += zip(alertmanager.peers.indices, alertmanager.peers.indices.dropFirst()).map {
                    "    alertmanager\($0) <-.->|gossip| alertmanager\($1)"
                }
            }
            lines.append("    receivers[\"\(alertmanager.receivers.count) receivers\"]")
            lines += alertmanager.peers.indices.map { "    alertmanager\($0) --> receivers" }
        }
        lines += ReadmeRemoteHosts.diagram(stack)
        for (index, remote) in stack.prometheus.remoteWrite.enumerated() {
            lines.append("    store\(index)[(\"\(Mermaid.label(remote.name))\")]")
            lines += stack.prometheus.replicas.indices.map { "    prometheus\($0) -->|remote write| store\(index)" }
        }
        return lines
    }

    static func highAvailability(_ stack: ResolvedStack) -> [String] {
        let prometheus = stack.prometheus
        guard prometheus.isHighlyAvailable || stack.alertmanager?.cluster != nil else { return [] }
        var lines = ["", "### High availability", ""]
        let compose = stack.targets.contains(.compose)
        if let label = prometheus.replicaLabel {
            lines += [
                "Each replica carries the external label `\(label)` with its service name as value"
                    + (compose
                        ? " (the compose file sets `\(ResolvedPrometheus.replicaVariable)`, which Prometheus expands in"
                            + " `prometheus.yml`)" : "")
                    + ", and drops it from alerts (`alert_relabel_configs`): both replicas send the same alert to"
                    + " every Alertmanager peer, directly, with no load balancer in between, and Alertmanager takes"
                    + " them as one."
            ]
            if compose {
                lines += [
                    "",
                    "Grafana's data source is `http://\(ResolvedPrometheus.serviceName):\(prometheus.port)`, a network"
                        + " alias every replica answers to: Docker's DNS returns the running replicas, so dashboards"
                        + " keep working while one is down. Each replica keeps its own samples, so a panel can show the"
                        + " gap of a replica that was down when its query lands there; the long-term store (below), or"
                        + " a deduplicating querier such as Thanos Query or Promxy in front of the replicas, gives"
                        + " gap-free ranges.",
                ]
            }
        }
        if stack.targets.contains(.kubernetes) {
            lines += [
                "",
                "On Kubernetes the operator runs the replicas and the peers from the chart values (`replicas`,"
                    + " `replicaExternalLabelName`), drops the replica label from alerts itself, and joins the"
                    + " Alertmanager pods into one cluster.",
            ]
        }
        if let alertmanager = stack.alertmanager, let cluster = alertmanager.cluster {
            if lines.count > 3 { lines.append("") }
            lines += [
                "The \(cluster.peers) Alertmanager peers gossip their silences and notification log"
                    + (compose
                        ? " on port \(AlertmanagerCluster.port), on the stack's network only (it is not published)"
                        : "")
                    + ". Each waits its position times the peer timeout (\(cluster.peerTimeout)) before it notifies and"
                    + " skips what a peer before it already sent, so each notification leaves once; the last peer waits"
                    + " \(cluster.longestWait), less than every route's group interval. Losing a peer loses no"
                    + " notification; a silence set on one peer holds on all."
            ]
        }
        return lines
    }

    static func longTermStorage(_ stack: ResolvedStack) -> [String] {
        let writes = stack.prometheus.remoteWrite
        guard !writes.isEmpty else { return [] }
        let rows = writes.map { remote -> [String] in
            [
                Markdown.code(remote.name), Markdown.text(remote.url),
                Markdown.text(
                    remote.rawSeries.isEmpty
                        ? "recorded series" : "recorded series, " + remote.rawSeries.joined(separator: ", ")),
                Markdown.text(deduplication(of: remote.storage, replicaLabel: stack.prometheus.replicaLabel)),
            ]
        }
        return [
            "", "### Long-term storage", "",
            "Prometheus keeps \(stack.prometheus.retention) of samples; the stores below keep the recorded series (and"
                + " the raw series listed) for long ranges. Credentials are read from secret files. Rules and routing"
                + " stay in this stack's Prometheus and Alertmanager: Mimir's ruler and Alertmanager cannot read their"
                + " secrets from files.",
            "",
        ] + Markdown.table(["remote write", "URL", "sends", "replicas"], rows) + ownStore(stack)
    }

    /// The VictoriaMetrics the stack runs itself, when it declares one.
    static func ownStore(_ stack: ResolvedStack) -> [String] {
        guard let store = stack.components.longTermStores.first else { return [] }
        let deduplication =
            stack.prometheus.isHighlyAvailable
            ? " It deduplicates what the replicas both send with -dedup.minScrapeInterval="
                + "\(LongTermStoreLowering.goDuration(stack.prometheus.scrapeInterval)), the scrape interval." : ""
        return [
            "",
            "The stack runs the store at \(VictoriaMetrics.address) itself: the \(Markdown.code(LongTermStoreLowering.name))"
                + " service, a single-node VictoriaMetrics keeping \(store.retention) of samples in its volume."
                + deduplication + " Grafana queries it as the data source"
                + " \"\(DatasourceKind.victoriaMetrics.displayName)\" for ranges longer than Prometheus keeps.",
        ]
    }

    /// How `storage` deduplicates what two replicas send.
    static func deduplication(of storage: RemoteStorage, replicaLabel: String?) -> String {
        guard let label = replicaLabel else { return "one replica" }
        return switch storage {
        case .victoriaMetrics:
            "'\(label)' dropped: start VictoriaMetrics with -dedup.minScrapeInterval (the scrape interval)"
        case .mimir:
            "'\(label)' sent as __replica__ with a cluster label: enable Mimir's HA tracker (accept_ha_samples)"
        case .thanosReceive:
            "'\(label)' kept: start Thanos Query with --query.replica-label=\(label)"
        }
    }

    /// `name`, `name`, … in code spans.
    static func names(_ instances: [ServerInstance]) -> String {
        instances.map { Markdown.code($0.name) }.joined(separator: ", ")
    }
}
