/// How Prometheus authenticates to a metrics endpoint. Credentials are always ``Secret``s, rendered as
/// `*_file` fields, so no password reaches the generated files.
public enum ScrapeAuthorization: Hashable, Sendable {
    /// HTTP basic authentication with a password file.
    case basic(username: String, password: Secret)
    /// An `Authorization: Bearer` token read from a file.
    case bearer(Secret)
}

/// The TLS settings of a scrape over https. Certificates and keys are ``Secret``s, mounted at
/// `/run/secrets/<name>`.
public struct ScrapeTLS: Hashable, Sendable {
    /// The CA that signed the endpoint's certificate, when it is not a public one.
    public var certificateAuthority: Secret?
    /// A client certificate, for endpoints that require mutual TLS.
    public var clientCertificate: Secret?
    /// The client certificate's key.
    public var clientKey: Secret?
    /// The name to verify the endpoint's certificate against, when it differs from the target's host.
    public var serverName: String?

    /// TLS settings; all parts optional.
    public init(
        certificateAuthority: Secret? = nil, clientCertificate: Secret? = nil, clientKey: Secret? = nil,
        serverName: String? = nil
    ) {
        self.certificateAuthority = certificateAuthority
        self.clientCertificate = clientCertificate
        self.clientKey = clientKey
        self.serverName = serverName
    }
}
