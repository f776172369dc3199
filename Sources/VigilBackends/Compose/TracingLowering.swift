import VigilModel

/// The tracing backend's container, Jaeger v2 or Tempo, with its configuration rendered from
/// `templates/jaeger/` or `templates/tempo/`.
package enum TracingLowering {
    /// The OTLP ports inside the container: gRPC, HTTP.
    static let otlpPorts = (grpc: 4317, http: 4318)

    /// The compose service, and the data source kind Grafana queries it with.
    package static func serviceName(_ backend: TracingBackend) -> String { backend.rawValue }

    /// The port Grafana queries, inside the container: Jaeger's UI and API, Tempo's API.
    package static func queryPort(_ backend: TracingBackend) -> Int { backend == .jaeger ? 16686 : 3200 }

    /// The port the backend serves its own metrics on (`/metrics`), inside the container: Jaeger's collector
    /// telemetry, which its configuration opens to the stack's network; Tempo's API.
    package static func metricsPort(_ backend: TracingBackend) -> Int { backend == .jaeger ? 8888 : 3200 }

    /// The container.
    static func container(_ tracing: Tracing, rendering: inout ConfigRendering) -> ResolvedContainer {
        let backend = tracing.backend
        let name = serviceName(backend)
        let location = tracing.location
        var ports = [
            PublishedPort(
                tracing.port, container: queryPort(backend), purpose: backend == .jaeger ? "web UI and API" : "API",
                location: location)
        ]
        if let otlp = tracing.otlpPorts {
            ports += [
                PublishedPort(otlp.grpc, container: otlpPorts.grpc, purpose: "OTLP gRPC", location: location),
                PublishedPort(otlp.http, container: otlpPorts.http, purpose: "OTLP HTTP", location: location),
            ]
        }
        // Go durations have no days: whole hours, rounded up.
        let retention = ["retention": "\((tracing.retention.milliseconds + 3_599_999) / 3_600_000)h"]
        switch backend {
        case .jaeger:
            rendering.render("jaeger/config.yml", to: "jaeger/config.yml", for: name, values: retention, at: location)
            return ResolvedContainer(
                name: name, purpose: "traces (OTLP in), with its own UI",
                image: PinnedImages.jaeger.pinned(to: tracing.version), command: ["--config=/etc/jaeger/config.yml"],
                ports: ports,
                volumes: [
                    .configuration("jaeger", at: "/etc/jaeger", location: location),
                    // The image declares /tmp a volume, writable by its user: Badger keeps its files below it.
                    .state("jaeger-data", at: "/tmp", location: location),
                ],
                health: .wget("http://127.0.0.1:13133/status"),
                // The image's user (it defines no group).
                limits: ResourceLimits(cpus: "1.0", memory: "1g", processes: 1024),
                user: .account(uid: 10001, gid: 10001), location: location)
        case .tempo:
            rendering.render("tempo/tempo.yml", to: "tempo/tempo.yml", for: name, values: retention, at: location)
            return ResolvedContainer(
                name: name, purpose: "traces (OTLP in), queried through Grafana",
                image: PinnedImages.tempo.pinned(to: tracing.version), command: ["-config.file=/etc/tempo/tempo.yml"],
                ports: ports,
                volumes: [
                    .configuration("tempo", at: "/etc/tempo", location: location),
                    .state("tempo-data", at: "/var/tempo", location: location),
                ],
                health: .none(
                    reason: "the Tempo image is distroless (no shell, wget or curl) and has no health command; "
                        + "check http://127.0.0.1:\(tracing.port)/ready from the host"),
                // The image's user, which owns /var/tempo.
                limits: ResourceLimits(cpus: "1.0", memory: "1g", processes: 1024),
                user: .account(uid: 10001, gid: 10001), location: location)
        }
    }
}
