/// The stack's tracing backend, fed by the applications over OTLP (gRPC on 4317, HTTP on 4318).
///
/// ```swift
/// Tracing(.jaeger, retention: .days(7))
/// ```
/// Applications on the stack's network send to `jaeger:4317` (or `tempo:4317`); applications on the host to
/// the published OTLP ports.
public struct Tracing: Sendable {
    /// Jaeger or Tempo.
    public let backend: TracingBackend
    /// How long traces are kept.
    public let retention: Duration
    /// The host port of the UI (Jaeger's) or API (Tempo's).
    public let port: Int
    /// The host ports OTLP is published on (gRPC, HTTP), or `nil` to accept spans from the stack's network only.
    public let otlpPorts: (grpc: Int, http: Int)?
    /// The image tag, when not Vigil's pinned one.
    public let version: ImageVersion?
    /// Where it was declared.
    public let location: SourceLocation
    /// The overrides of the tracing rule pack (the DSL's `TracingAlert`), given through the DSL's initialiser.
    public package(set) var pack: [any AnyPackOverride] = []

    /// A tracing backend; the UI or API on its usual port.
    public init(
        _ backend: TracingBackend = .jaeger,
        retention: Duration = .days(7),
        port: Int? = nil,
        otlpPorts: (grpc: Int, http: Int)? = (grpc: 4317, http: 4318),
        version: ImageVersion? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.backend = backend
        self.retention = retention
        self.port = port ?? (backend == .jaeger ? 16686 : 3200)
        self.otlpPorts = otlpPorts
        self.version = version
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
