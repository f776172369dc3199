import VigilModel

/// The stack's single-node VictoriaMetrics: the long-term store Prometheus remote-writes to, which Grafana queries
/// for long ranges.
package enum LongTermStoreLowering {
    /// The compose service.
    package static let name = VictoriaMetrics.serviceName
    /// The port it listens on inside its container.
    static let port = VictoriaMetrics.port
    /// Where it keeps its data. The image defines no user and no data folder, and a volume mounted at a folder the
    /// image lacks belongs to root; the image's `/tmp` is writable by everyone, and docker gives a new volume the
    /// ownership and mode of the folder it is mounted on, so `nobody` can write below it.
    static let storagePath = "/tmp/storage"

    /// The container; with deduplication when `prometheus` runs replicas, which write the same samples twice.
    static func container(_ store: VictoriaMetrics, prometheus: ResolvedPrometheus) -> ResolvedContainer {
        let location = store.location
        var command = [
            "-retentionPeriod=\(max(1, (store.retention.milliseconds + 86_399_999) / 86_400_000))d",
            "-storageDataPath=\(storagePath)", "-httpListenAddr=:\(port)",
        ]
        if prometheus.isHighlyAvailable {
            command.append("-dedup.minScrapeInterval=\(goDuration(prometheus.scrapeInterval))")
        }
        return ResolvedContainer(
            name: name, purpose: "long-term metrics store (remote write in), queried through Grafana",
            image: PinnedImages.victoriaMetrics.pinned(to: store.version), command: command,
            ports: store.port.map {
                [PublishedPort($0, container: port, purpose: "query and remote-write API", location: location)]
            } ?? [],
            volumes: [.state("victoriametrics-data", at: "/tmp", location: location)],
            health: .wget("http://127.0.0.1:\(port)/health"),
            limits: ResourceLimits(cpus: "1.0", memory: "1g", processes: 1024), user: .nobody, location: location)
    }

    /// `duration` as Go's flags read it: whole seconds, or milliseconds.
    static func goDuration(_ duration: Duration) -> String {
        duration.milliseconds % 1000 == 0 ? "\(duration.milliseconds / 1000)s" : "\(duration.milliseconds)ms"
    }
}
