/// A single-node VictoriaMetrics in the stack: the long-term store Prometheus remote-writes to
/// (`.victoriaMetrics(url: "http://victoriametrics:8428/api/v1/write")`), and Grafana's data source for long ranges.
///
/// ```swift
/// VictoriaMetrics(retention: .days(365))
/// ```
public struct VictoriaMetrics: Sendable {
    /// How long samples are kept (`-retentionPeriod`, in whole days).
    public let retention: Duration
    /// The host port its API is published on (queries and remote writes from the host), or `nil` to keep it on
    /// the stack's network only.
    public let port: Int?
    /// The image tag, when not Vigil's pinned one.
    public let version: ImageVersion?
    /// Where it was declared.
    public let location: SourceLocation

    /// Its host name on the stack's network, and its compose service.
    public static let serviceName = "victoriametrics"
    /// The port it listens on inside its container: remote writes, the Prometheus-compatible query API, `/health`.
    public static let port = 8428
    /// Its address on the stack's network, which Grafana queries and remote writes to it start with.
    public static var address: String { "http://\(serviceName):\(port)" }
    /// The remote-write endpoint Prometheus sends to: `.victoriaMetrics(url: VictoriaMetrics.writeURL)`.
    public static var writeURL: String { "\(address)/api/v1/write" }

    /// A VictoriaMetrics keeping `retention`.
    public init(
        retention: Duration = .days(365),
        port: Int? = 8428,
        version: ImageVersion? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.retention = retention
        self.port = port
        self.version = version
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
