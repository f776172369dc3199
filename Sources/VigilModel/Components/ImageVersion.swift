/// Pins one component's image to a tag other than Vigil's default: `Grafana(version: "12.1.1")`.
///
/// The generated compose file still lets the environment override it at deploy time
/// (`GRAFANA_VERSION=12.2.1 docker compose up -d`); `generate` rejects an empty tag and `latest`.
public struct ImageVersion: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The tag, e.g. `12.1.1` or `v3.5.0`.
    public let tag: String

    /// The tag written as a string literal.
    public init(stringLiteral tag: String) {
        self.tag = tag
    }

    /// The tag `tag`.
    public init(_ tag: String) {
        self.tag = tag
    }
}
