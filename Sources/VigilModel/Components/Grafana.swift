/// The stack's Grafana: provisioned with the stack's data sources and dashboards, mounted read-only.
///
/// The admin password is a secret file, read through `GF_SECURITY_ADMIN_PASSWORD__FILE`; sign-up and
/// anonymous access are off.
/// ```swift
/// Grafana(port: 3001, adminPassword: .secret("grafana_admin_password"))
/// ```
public struct Grafana: Sendable {
    /// The host port its web UI is published on.
    public let port: Int
    /// The administrator's login name.
    public let adminUser: String
    /// The administrator's password, a secret file.
    public let adminPassword: Secret
    /// The URL users reach Grafana at, when it is not `http://localhost:<port>/` (e.g. behind a proxy).
    public let rootURL: String?
    /// Further Grafana settings as `GF_<SECTION>_<KEY>` environment variables. A value that must stay secret
    /// is read from a file: `"GF_SMTP_PASSWORD__FILE": "/run/secrets/smtp_password"` with
    /// `.secret("smtp_password")` in `secrets`.
    public let environment: [String: String]
    /// Further secret files the settings in `environment` read.
    public let secrets: [Secret]
    /// The image tag, when not Vigil's pinned one.
    public let version: ImageVersion?
    /// Where it was declared.
    public let location: SourceLocation
    /// The overrides of its rule pack (the DSL's `GrafanaAlert`).
    public let pack: [any AnyPackOverride]

    /// Grafana as the DSL's initialiser declares it, which gives the defaults.
    package init(
        port: Int, adminUser: String, adminPassword: Secret, rootURL: String?, environment: [String: String],
        secrets: [Secret], version: ImageVersion?, pack: [any AnyPackOverride], location: SourceLocation
    ) {
        self.port = port
        self.adminUser = adminUser
        self.adminPassword = adminPassword
        self.rootURL = rootURL
        self.environment = environment
        self.secrets = secrets
        self.version = version
        self.pack = pack
        self.location = location
    }
}
