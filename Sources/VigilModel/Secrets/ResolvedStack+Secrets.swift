extension ResolvedStack {
    /// Every secret the stack reads (Prometheus's, Alertmanager's and the components'), sorted by name, then
    /// service and purpose.
    public var secretUses: [SecretUse] {
        Set(prometheusSecretUses + alertmanagerSecretUses + components.secretUses).sorted {
            ($0.name, $0.service, $0.purpose) < ($1.name, $1.service, $1.purpose)
        }
    }

    /// The secrets Prometheus reads: credentials and keys of its scrape jobs.
    package var prometheusSecretUses: [SecretUse] {
        scrapeJobs.flatMap(\.secretUses) + prometheus.remoteWrite.flatMap(\.secretUses)
    }

    /// The secrets Alertmanager reads: its receivers' keys and URLs.
    package var alertmanagerSecretUses: [SecretUse] {
        alertmanager?.receivers.flatMap { receiver in
            receiver.integrations.flatMap(\.secretUses).map {
                SecretUse(
                    $0.secret, service: ResolvedAlertmanager.serviceName,
                    purpose: "\($0.purpose) of receiver '\(receiver.name)'")
            }
        } ?? []
    }
}
