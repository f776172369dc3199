import VigilCore

/// A data source Grafana is provisioned with.
public struct ResolvedDatasource: Sendable {
    /// Its kind, which fixes its uid, type and name.
    public var kind: DatasourceKind
    /// Where Grafana reaches it, on the compose network.
    public var url: String
    /// Whether it is the default data source.
    public var isDefault: Bool

    /// A data source of `kind` at `url`.
    public init(kind: DatasourceKind, url: String, isDefault: Bool) {
        self.kind = kind
        self.url = url
        self.isDefault = isDefault
    }
}
