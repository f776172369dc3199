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
    /// The overrides of its rule pack (the DSL's `TracingAlert`).
    public let pack: [any AnyPackOverride]

    /// A tracing backend as the DSL's initialiser declares it, which gives the defaults; without a `port`, the UI
    /// or API on its usual one.
    package init(
        _ backend: TracingBackend, retention: Duration, port: Int?, otlpPorts: (grpc: Int, http: Int)?,
        version: ImageVersion?, pack: [any AnyPackOverride], location: SourceLocation
    ) {
        self.backend = backend
        self.retention = retention
        self.port = port ?? (backend == .jaeger ? 16686 : 3200)
        self.otlpPorts = otlpPorts
        self.version = version
        self.pack = pack
        self.location = location
    }
}
