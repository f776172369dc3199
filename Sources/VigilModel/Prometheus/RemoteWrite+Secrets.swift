extension RemoteWrite {
    /// The secrets Prometheus reads to write to this store, with what each holds.
    var secretUses: [SecretUse] {
        ScrapeAuthorization.secrets(of: authorization, tls: tls).map { secret, holds in
            SecretUse(secret, service: ResolvedPrometheus.serviceName, purpose: "\(holds) for remote write '\(name)'")
        }
    }
}
