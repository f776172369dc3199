import VigilModel

/// The containers of every stack: Prometheus, and Alertmanager when the stack routes alerts.
enum CoreContainers {
    /// Prometheus: configuration read-only, samples on a volume, reloadable through `/-/reload`, with the
    /// feature flags the stack enables; as `nobody`, the image's user, which owns /prometheus. The server writes
    /// nowhere else; `/tmp` is for promtool, which verify.sh runs in a one-off container of this service and
    /// whose `test rules` keeps its test database in a temporary folder.
    static func prometheus(_ stack: ResolvedStack) -> ResolvedContainer {
        let prometheus = stack.prometheus
        var command = [
            "--config.file=/etc/prometheus/prometheus.yml",
            "--storage.tsdb.path=/prometheus",
            "--storage.tsdb.retention.time=\(prometheus.retention)",
        ]
        if let size = prometheus.retentionSize {
            command.append("--storage.tsdb.retention.size=\(size)")
        }
        command.append("--web.enable-lifecycle")
        command += prometheus.featureArguments
        return ResolvedContainer(
            name: ResolvedPrometheus.serviceName, purpose: "metrics, recording and alerting rules",
            image: prometheus.image, command: command,
            ports: [PublishedPort(prometheus.port, purpose: "web UI and API", location: prometheus.location)],
            volumes: [
                .configuration("prometheus", at: "/etc/prometheus", location: stack.location),
                .state("prometheus-data", at: "/prometheus", location: stack.location),
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
    }

    /// Alertmanager: configuration and templates read-only, silences and notification log on a volume, the
    /// cluster listener off (one node); as `nobody`, the image's user, which owns /alertmanager.
    static func alertmanager(_ alertmanager: ResolvedAlertmanager, stack: ResolvedStack) -> ResolvedContainer {
        ResolvedContainer(
            name: ResolvedAlertmanager.serviceName, purpose: "alert routing and notifications",
            image: alertmanager.image,
            command: [
                "--config.file=/etc/alertmanager/alertmanager.yml",
                "--storage.path=/alertmanager",
                "--web.listen-address=:\(alertmanager.port)",
                "--cluster.listen-address=",
            ],
            ports: [PublishedPort(alertmanager.port, purpose: "web UI and API", location: alertmanager.location)],
            volumes: [
                .configuration("alertmanager", at: "/etc/alertmanager", location: alertmanager.location),
                .state("alertmanager-data", at: "/alertmanager", location: alertmanager.location),
            ],
            secretUses: stack.alertmanagerSecretUses,
            health: .wget("http://127.0.0.1:\(alertmanager.port)/-/ready"),
            limits: ResourceLimits(cpus: "0.5", memory: "256m", processes: 256), user: .nobody,
            location: alertmanager.location)
    }
}
