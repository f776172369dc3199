import VigilDSL

/// The data source a panel or a variable queries: a provisioned one by its fixed uid, or the one a
/// data source variable selects (`${name}`).
public struct DatasourceReference: Hashable, Sendable {
    /// The kind of data source.
    public var kind: DatasourceKind
    /// Its uid, or a variable reference.
    public var uid: String
}
