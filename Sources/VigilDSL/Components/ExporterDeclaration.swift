/// A statement of a ``Stack`` body that runs an ``Exporter``.
public protocol ExporterDeclaration: Sendable {
    /// The exporter it declares.
    var exporter: Exporter { get }
}
