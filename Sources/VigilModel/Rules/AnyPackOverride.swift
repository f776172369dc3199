/// An override of any rule pack (the DSL's `PackOverride`), as the declaration that takes it stores it: an
/// exporter, or the stack's Grafana, Loki and tracing backend, whose declarations the model holds. The
/// declaration's initialiser types it by its pack's alerts.
public protocol AnyPackOverride: Sendable {
    /// Where it was written.
    var location: SourceLocation { get }
}
