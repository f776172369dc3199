/// A ``PackOverride`` of any rule pack, as an ``Exporter`` stores it: the declaration that takes it
/// (``NodeExporter``, ``PostgresExporter``, ...) types it by its pack's alerts.
public protocol AnyPackOverride: Sendable {
    /// Where it was written.
    var location: SourceLocation { get }
}

extension PackOverride: AnyPackOverride {}
