extension Loki {
    /// Loki with Alloy collecting `logs`, and the overrides of Loki's rule pack (``LokiAlert``) and of Alloy's
    /// (``AlloyAlert``):
    /// ```swift
    /// Loki(pack: [.tune(.requestErrors, threshold: 5)], alloyPack: [.route(.unhealthyComponents, severity: .critical)])
    /// ```
    public init(
        retention: Duration = .days(14),
        port: Int? = 3100,
        logs: [LogSource] = [.containers()],
        version: ImageVersion? = nil,
        alloyVersion: ImageVersion? = nil,
        pack: [PackOverride<LokiAlert>] = [],
        alloyPack: [PackOverride<AlloyAlert>] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            retention: retention, port: port, logs: logs, version: version, alloyVersion: alloyVersion, pack: pack,
            alloyPack: alloyPack,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
