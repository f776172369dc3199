/// How postgres-exporter's connection uses TLS (libpq's `sslmode`).
public enum PostgresSSLMode: String, Hashable, Sendable {
    /// No TLS: a database on the same Docker network.
    case disable
    /// TLS when the server offers it, unverified.
    case prefer
    /// TLS, unverified.
    case require
    /// TLS with the server's certificate verified against a known authority.
    case verifyCA = "verify-ca"
    /// TLS with the certificate verified and its host name checked.
    case verifyFull = "verify-full"
}
