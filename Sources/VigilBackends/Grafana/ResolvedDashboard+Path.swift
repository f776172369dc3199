import VigilModel

extension ResolvedDashboard {
    /// The file below the stack folder: `grafana/dashboards/<folder>/<uid>.json`.
    public var path: String { "\(DashboardsEmitter.folder)/\(folder)/\(uid).json" }
}
