extension ScrapeAuthorization {
    /// The secret files of an HTTP client's credentials and certificates, with what each holds: a scrape job's or
    /// a remote write's.
    static func secrets(of authorization: ScrapeAuthorization?, tls: ScrapeTLS?) -> [(secret: Secret, holds: String)] {
        var uses: [(secret: Secret, holds: String)] = []
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
        return uses
    }
}
