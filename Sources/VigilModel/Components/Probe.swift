/// One endpoint the blackbox exporter checks, e.g. an application's health endpoint. The target is the
/// probe's `instance` label.
///
/// ```swift
/// Probe.http("http://backend:8000/health")
/// Probe.tcp("postgres:5432")
/// ```
public struct Probe: Hashable, Sendable {
    /// What is probed: a URL for HTTP, `host:port` for TCP.
    public let target: String
    /// How it is probed.
    public let module: ProbeModule
    /// Where it was declared.
    public let location: SourceLocation

    /// An HTTP probe of `url`, healthy when it answers 2xx.
    public static func http(
        _ url: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Probe {
        Probe(
            target: url, module: .http2xx,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// A TCP probe of `address` (`host:port`), healthy when a connection opens.
    public static func tcp(
        _ address: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Probe {
        Probe(
            target: address, module: .tcpConnect,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// Two probes are equal when they probe the same target the same way, wherever they were written.
    public static func == (lhs: Probe, rhs: Probe) -> Bool {
        (lhs.target, lhs.module) == (rhs.target, rhs.module)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(target)
        hasher.combine(module)
    }
}
