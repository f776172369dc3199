import VigilCore

extension ResolvedScrapeJob {
    /// The secrets Prometheus reads to scrape this job, with what each holds.
    var secretUses: [SecretUse] {
        var uses: [(Secret, String)] = []
        switch authorization {
        case .basic(let username, let password): uses.append((password, "password of '\(username)'"))
        case .bearer(let token): uses.append((token, "bearer token"))
        case nil: break
        }
        if let tls {
            uses += [
                tls.certificateAuthority.map { ($0, "CA certificate (PEM)") },
                tls.clientCertificate.map { ($0, "client certificate (PEM)") },
                tls.clientKey.map { ($0, "client key (PEM)") },
            ].compactMap(\.self)
        }
        return uses.map { secret, purpose in
            SecretUse(
                secret, service: ResolvedPrometheus.serviceName,
                purpose: "\(purpose) for scraping job '\(name)'")
        }
    }
}
