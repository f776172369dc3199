import VigilModel

extension Secret {
    /// Where the secret's file is inside a compose container, `/run/secrets/<name>`: docker compose mounts each
    /// secret a service lists there, and the Prometheus, Alertmanager and component configurations the compose
    /// target runs read it from there.
    public var path: String { "/run/secrets/\(name)" }
}
