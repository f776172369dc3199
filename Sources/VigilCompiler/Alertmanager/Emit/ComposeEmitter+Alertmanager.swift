import YAMLKit

extension ComposeEmitter {
    /// The Alertmanager container: configuration and templates mounted read-only, state on a named volume,
    /// clustering off (a single node), and the secrets its receivers read.
    func alertmanager(_ alertmanager: ResolvedAlertmanager) -> YAMLMapping {
        service(
            image: alertmanager.image,
            command: [
                "--config.file=/etc/alertmanager/alertmanager.yml",
                "--storage.path=/alertmanager",
                "--web.listen-address=:\(alertmanager.port)",
                "--cluster.listen-address=",
            ],
            volumes: ["./alertmanager:/etc/alertmanager:ro", "alertmanager-data:/alertmanager"],
            port: alertmanager.port, secrets: alertmanager.secrets.map(\.name))
    }
}
