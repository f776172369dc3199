import VigilModel

/// The containers of every stack: Prometheus (each replica of a highly available pair), and Alertmanager (each
/// peer of a cluster) when the stack routes alerts.
enum CoreContainers {
    /// Prometheus, one container per replica: configuration read-only, samples on a volume, reloadable through
    /// `/-/reload`, with the feature flags the stack enables (and its remote write receiver when a remote host's
    /// agent forwards samples to it); as `nobody`, the image's user, which owns
    /// /prometheus. The server writes nowhere else; `/tmp` is for promtool, which verify.sh runs in a one-off
    /// container of this service and whose `test rules` keeps its test database in a temporary folder.
    ///
    /// Replicas share the configuration; each sets its replica label's value through
    /// ``ResolvedPrometheus/replicaVariable``, keeps its own samples, publishes its UI on the next host port,
    /// and answers to `prometheus` too, so that Grafana's data source reaches whichever replica runs.
    static func prometheus(_ stack: ResolvedStack) -> [ResolvedContainer] {
        let prometheus = stack.prometheus
        return prometheus.replicas.enumerated().map { index, replica in
            var command = [
                "--config.file=/etc/prometheus/prometheus.yml",
                "--storage.tsdb.path=/prometheus",
                "--storage.tsdb.retention.time=\(prometheus.retention)",
            ]
            if let size = prometheus.retentionSize {
                command.append("--storage.tsdb.retention.size=\(size)")
            }
            command.append("--web.enable-lifecycle")
            if stack.components.receivesForwardedSamples {
                command.append(AgentForwarding.receiverArgument)
            }
            command += prometheus.featureArguments
            var container = ResolvedContainer(
                name: replica.name, purpose: "metrics, recording and alerting rules",
                image: prometheus.image, command: command,
                environment: prometheus.isHighlyAvailable
                    ? [Label(ResolvedPrometheus.replicaVariable, replica.name)] : [],
                ports: [
                    PublishedPort(
                        prometheus.port + index, container: prometheus.port, purpose: "web UI and API",
                        location: prometheus.location)
                ],
                volumes: [
                    .configuration("prometheus", at: "/etc/prometheus", location: stack.location),
                    .state("\(replica.name)-data", at: "/prometheus", location: stack.location),
                ],
                secretUses: stack.prometheusSecretUses,
                health: .wget("http://127.0.0.1:\(prometheus.port)/-/ready"),
                limits: ResourceLimits(cpus: "2.0", memory: "2g", processes: 1024), user: .nobody,
                scratchFolders: [
                    ScratchFolder(
                        "/tmp", megabytes: 256,
                        reason: "promtool test rules, which verify.sh runs in this service's image, keeps its test "
                            + "database there")
                ],
                location: prometheus.location)
            if prometheus.isHighlyAvailable {
                container.aliases = [ResolvedPrometheus.serviceName]
            }
            return container
        }
    }

    /// Alertmanager, one container per peer: configuration and templates read-only, silences and notification
    /// log on a volume; as `nobody`, the image's user, which owns /alertmanager. A single Alertmanager turns
    /// the cluster listener off; the peers of a cluster listen on ``AlertmanagerCluster/port`` on the stack's
    /// network only (it is not published) and each names every other peer, publish their UIs on consecutive
    /// host ports, and answer to `alertmanager` too, for Grafana's data source (Prometheus names each peer).
    static func alertmanager(_ alertmanager: ResolvedAlertmanager, stack: ResolvedStack) -> [ResolvedContainer] {
        alertmanager.peers.enumerated().map { index, peer in
            var command = [
                "--config.file=/etc/alertmanager/alertmanager.yml",
                "--storage.path=/alertmanager",
                "--web.listen-address=:\(alertmanager.port)",
            ]
            if let cluster = alertmanager.cluster {
                command.append("--cluster.listen-address=0.0.0.0:\(AlertmanagerCluster.port)")
                command += alertmanager.peers.filter { $0 != peer }.map {
                    "--cluster.peer=\($0.host):\(AlertmanagerCluster.port)"
                }
                command.append("--cluster.peer-timeout=\(cluster.peerTimeout)")
            } else {
                command.append("--cluster.listen-address=")
            }
            var container = ResolvedContainer(
                name: peer.name, purpose: "alert routing and notifications",
                image: alertmanager.image, command: command,
                ports: [
                    PublishedPort(
                        alertmanager.port + index, container: alertmanager.port, purpose: "web UI and API",
                        location: alertmanager.location)
                ],
                volumes: [
                    .configuration("alertmanager", at: "/etc/alertmanager", location: alertmanager.location),
                    .state("\(peer.name)-data", at: "/alertmanager", location: alertmanager.location),
                ],
                secretUses: stack.alertmanagerSecretUses,
                health: .wget("http://127.0.0.1:\(alertmanager.port)/-/ready"),
                limits: ResourceLimits(cpus: "0.5", memory: "256m", processes: 256), user: .nobody,
                location: alertmanager.location)
            if alertmanager.cluster != nil {
                container.aliases = [ResolvedAlertmanager.serviceName]
            }
            return container
        }
    }
}
