/// Logs that Grafana Alloy ships to the stack's Loki.
public struct LogSource: Hashable, Sendable {
    /// What is collected.
    public enum Kind: Hashable, Sendable {
        /// The output of every container on the Docker host, labelled with its compose `service` and
        /// `container` name; read through the Docker socket.
        case containers
        /// Files matching a glob, labelled with `job`.
        case files(job: String, path: String)
    }

    /// What is collected.
    public let kind: Kind
    /// Where it was declared.
    public let location: SourceLocation

    /// Every container's output on the Docker host.
    public static func containers(
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> LogSource {
        LogSource(
            kind: .containers, location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// The files matching `path` (a glob such as `/var/log/autodealgenie/*.log`), labelled `job`. Their
    /// folder is mounted read-only into Alloy: an absolute path on the host, or a path inside the stack folder.
    public static func files(
        job: String, path: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> LogSource {
        LogSource(
            kind: .files(job: job, path: path),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// Two sources are equal when they collect the same logs, wherever they were written.
    public static func == (lhs: LogSource, rhs: LogSource) -> Bool { lhs.kind == rhs.kind }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
    }
}
