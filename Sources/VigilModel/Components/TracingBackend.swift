/// The store behind ``Tracing``.
public enum TracingBackend: String, Hashable, Sendable, CaseIterable {
    /// Jaeger v2: OTLP in, its own UI, spans in Badger on a volume.
    case jaeger
    /// Grafana Tempo: OTLP in, queried through Grafana, blocks on a local volume.
    case tempo
}
