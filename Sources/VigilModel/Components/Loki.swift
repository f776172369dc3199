/// Loki, the stack's log store, with Grafana Alloy shipping logs to it.
///
/// ```swift
/// Loki(retention: .days(14), logs: [.containers(), .files(job: "backend", path: "/var/log/backend/*.log")])
/// ```
public struct Loki: Sendable {
    /// How long logs are kept.
    public let retention: Duration
    /// The host port Loki's API is published on (log pushes and queries from the host), or `nil` to keep it
    /// on the stack's network only.
    public let port: Int?
    /// What Alloy collects.
    public let logs: [LogSource]
    /// Loki's image tag, when not Vigil's pinned one.
    public let version: ImageVersion?
    /// Alloy's image tag, when not Vigil's pinned one.
    public let alloyVersion: ImageVersion?
    /// Where it was declared.
    public let location: SourceLocation
    /// The overrides of the Loki rule pack (the DSL's `LokiAlert`), given through the DSL's initialiser.
    public package(set) var pack: [any AnyPackOverride] = []
    /// The overrides of the Alloy rule pack (the DSL's `AlloyAlert`), given through the DSL's initialiser.
    public package(set) var alloyPack: [any AnyPackOverride] = []

    /// Loki with Alloy collecting `logs`.
    public init(
        retention: Duration = .days(14),
        port: Int? = 3100,
        logs: [LogSource] = [.containers()],
        version: ImageVersion? = nil,
        alloyVersion: ImageVersion? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.retention = retention
        self.port = port
        self.logs = logs
        self.version = version
        self.alloyVersion = alloyVersion
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
