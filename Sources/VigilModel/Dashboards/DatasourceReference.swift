import VigilCore

/// The data source a panel or a variable queries: a provisioned one by its fixed uid, or the one a
/// data source variable selects (`${name}`).
public struct DatasourceReference: Hashable, Sendable {
    /// The kind of data source.
    public var kind: DatasourceKind
    /// Its uid, or a variable reference.
    public var uid: String

    /// A value of these fields.
    package init(kind: DatasourceKind, uid: String) {
        self.kind = kind
        self.uid = uid
    }
}
