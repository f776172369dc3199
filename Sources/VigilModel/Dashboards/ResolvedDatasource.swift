import VigilCore

/// A data source Grafana is provisioned with. Where Grafana reaches it is the target's business (on compose, the
/// server's service name: `composeURL(in:)`).
public struct ResolvedDatasource: Sendable {
    /// Its kind, which fixes its uid, type and name.
    public var kind: DatasourceKind
    /// Whether it is the default data source.
    public var isDefault: Bool

    /// A data source of `kind`.
    public init(kind: DatasourceKind, isDefault: Bool) {
        self.kind = kind
        self.isDefault = isDefault
    }
}
