import VigilModel

/// Draws each dashboard's layout as an SVG image at `grafana/previews/<uid>.svg`, which the stack README shows
/// beside the dashboard's panels, so that a reviewer sees a layout change without running Grafana; and as a small
/// PNG at `grafana/previews/<uid>.png` (``DashboardThumbnail``), which the README links for viewers without SVG.
public struct DashboardPreviewEmitter: ArtefactEmitter {
    /// The folder, below the stack folder, that holds the previews.
    public static let folder = "grafana/previews"

    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        stack.dashboards.flatMap { dashboard in
            [
                OutputFile(path: dashboard.previewPath, bytes: DashboardPreview.svg(of: dashboard)),
                OutputFile(path: dashboard.thumbnailPath, bytes: DashboardThumbnail.png(of: dashboard)),
            ]
        }
    }
}
