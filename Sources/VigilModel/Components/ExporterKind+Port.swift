extension ExporterKind {
    /// The port each exporter serves its metrics on, its image's default.
    public var port: Int {
        switch self {
        case .node: 9100
        case .cadvisor: 8080
        case .postgres: 9187
        case .redis: 9121
        case .blackbox: 9115
        }
    }
}
