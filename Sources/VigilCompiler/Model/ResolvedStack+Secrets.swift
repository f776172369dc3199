extension ResolvedStack {
    /// Every secret the stack's containers read, sorted by name, then service and purpose.
    public var secretUses: [SecretUse] {
        let alertmanagerUses =
            alertmanager?.receivers.flatMap { receiver in
                receiver.integrations.flatMap(\.secretUses).map {
                    SecretUse(
                        name: $0.secret.name, service: ResolvedAlertmanager.serviceName,
                        purpose: "\($0.purpose) of receiver '\(receiver.name)'")
                }
            } ?? []
        let prometheusUses = scrapeJobs.flatMap(\.secretUses)
        return Set(alertmanagerUses + prometheusUses).sorted {
            ($0.name, $0.service, $0.purpose) < ($1.name, $1.service, $1.purpose)
        }
    }
}
