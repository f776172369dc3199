extension Tracing {
    /// A tracing backend, the UI or API on its usual port unless `port` says, with the overrides `pack` of its
    /// rule pack (``TracingAlert``):
    /// ```swift
    /// Tracing(.tempo, pack: [.disable(.tempoCompactionsFailing, because: "One block a day; nothing to compact.")])
    /// ```
    public init(
        _ backend: TracingBackend = .jaeger,
        retention: Duration = .days(7),
        port: Int? = nil,
        otlpPorts: (grpc: Int, http: Int)? = (grpc: 4317, http: 4318),
        version: ImageVersion? = nil,
        pack: [PackOverride<TracingAlert>] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            backend, retention: retention, port: port, otlpPorts: otlpPorts, version: version, pack: pack,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
