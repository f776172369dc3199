import VigilModel

/// Renders each dashboard as classic (v1) dashboard JSON at `grafana/dashboards/<folder>/<uid>.json`, which
/// Grafana's file provider loads into the folder of that name.
public struct DashboardsEmitter: ArtefactEmitter {
    /// The folder, below the stack folder, that holds the dashboards.
    public static let folder = "grafana/dashboards"

    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        try stack.dashboards.map { OutputFile(path: $0.path, bytes: try DashboardJSON.bytes(of: $0)) }
    }
}
