extension ResolvedStack {
    /// Every secret the stack reads (Prometheus's, Alertmanager's and the components'), sorted by name, then
    /// service and purpose.
    public var secretUses: [SecretUse] {
        Set(everySecretUse).sorted {
            ($0.name, $0.service, $0.purpose) < ($1.name, $1.service, $1.purpose)
        }
    }

    /// Each use of a secret, in the order Prometheus, Alertmanager and the components name them, a secret used twice
    /// listed twice (with where each names it).
    package var everySecretUse: [SecretUse] {
        prometheusSecretUses + alertmanagerSecretUses + components.secretUses
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
