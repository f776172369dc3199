/// How a remote host's metrics reach the stack when Prometheus cannot scrape it (behind NAT, on another
/// network): a Prometheus in agent mode on that host scrapes its exporters and remote-writes the samples to
/// ``url``, the stack's Prometheus (`/api/v1/write`, which Vigil then starts with its remote write receiver) or
/// its long-term store. The series keep the job names and the `instance` the stack would have scraped, so the
/// jobs' rule packs and dashboards cover them.
///
/// ```swift
/// RemoteHost("edge-1", address: "10.0.0.30", forwarding: .agent(url: "http://10.0.0.5:9090/api/v1/write")) {
///     NodeExporter()
/// }
/// ```
public struct AgentForwarding: Sendable {
    /// Where the agent writes: a remote-write endpoint reachable from the remote host.
    public var url: String
    /// Credentials, from secret files only.
    public var authorization: ScrapeAuthorization?
    /// Certificates, from secret files only.
    public var tls: ScrapeTLS?
    /// Where it was declared.
    public var location: SourceLocation

    /// Forwarding to `url` with these credentials and certificates.
    public init(url: String, authorization: ScrapeAuthorization?, tls: ScrapeTLS?, location: SourceLocation) {
        self.url = url
        self.authorization = authorization
        self.tls = tls
        self.location = location
    }

    /// The compose service of the agent on the remote host.
    public static let serviceName = "prometheus-agent"
    /// The agent's configuration, in the remote host's folder.
    public static let configPath = "prometheus/agent.yml"
    /// The external label the agent adds to every series it forwards, with the host's name as its value.
    public static let hostLabel = "remote_host"
    /// The argument that makes the stack's Prometheus accept remote writes on `/api/v1/write`.
    public static let receiverArgument = "--web.enable-remote-write-receiver"

    /// The secrets the agent reads, with what each holds.
    public var secretUses: [SecretUse] {
        ScrapeAuthorization.secrets(of: authorization, tls: tls).map { secret, holds in
            SecretUse(secret, service: Self.serviceName, purpose: "\(holds) for the agent's remote write")
        }
    }
}
