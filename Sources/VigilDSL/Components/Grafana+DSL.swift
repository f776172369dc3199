extension Grafana {
    /// Grafana with secure defaults, and the overrides `pack` of its rule pack (``GrafanaAlert``):
    /// ```swift
    /// Grafana(port: 3001, pack: [.tune(.httpErrors, threshold: 10)])
    /// ```
    public init(
        port: Int = 3000,
        adminUser: String = "admin",
        adminPassword: Secret = .secret("grafana_admin_password"),
        rootURL: String? = nil,
        environment: [String: String] = [:],
        secrets: [Secret] = [],
        version: ImageVersion? = nil,
        pack: [PackOverride<GrafanaAlert>] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            port: port, adminUser: adminUser, adminPassword: adminPassword, rootURL: rootURL,
            environment: environment, secrets: secrets, version: version, pack: pack,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
