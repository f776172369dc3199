import VigilModel

extension ResolvedDashboard {
    /// The file below the stack folder: `grafana/dashboards/<folder>/<uid>.json`.
    public var path: String { "\(DashboardsEmitter.folder)/\(folder)/\(uid).json" }

    /// Its preview below the stack folder: `grafana/previews/<uid>.svg`.
    public var previewPath: String { "\(DashboardPreviewEmitter.folder)/\(uid).svg" }

    /// Its preview as a small PNG, for viewers that do not show SVG: `grafana/previews/<uid>.png`.
    public var thumbnailPath: String { "\(DashboardPreviewEmitter.folder)/\(uid).png" }
}
