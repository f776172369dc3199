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
    /// The overrides of Loki's rule pack (the DSL's `LokiAlert`).
    public let pack: [any AnyPackOverride]
    /// The overrides of Alloy's rule pack (the DSL's `AlloyAlert`).
    public let alloyPack: [any AnyPackOverride]

    /// Loki as the DSL's initialiser declares it, which gives the defaults.
    package init(
        retention: Duration, port: Int?, logs: [LogSource], version: ImageVersion?, alloyVersion: ImageVersion?,
        pack: [any AnyPackOverride], alloyPack: [any AnyPackOverride], location: SourceLocation
    ) {
        self.retention = retention
        self.port = port
        self.logs = logs
        self.version = version
        self.alloyVersion = alloyVersion
        self.pack = pack
        self.alloyPack = alloyPack
        self.location = location
    }
}
