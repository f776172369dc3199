import VigilModel

/// Draws each dashboard's layout as an SVG image at `grafana/previews/<uid>.svg`, which the stack README shows
/// beside the dashboard's panels, so that a reviewer sees a layout change without running Grafana.
public struct DashboardPreviewEmitter: ArtefactEmitter {
    /// The folder, below the stack folder, that holds the previews.
    public static let folder = "grafana/previews"

    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        stack.dashboards.map { OutputFile(path: $0.previewPath, contents: DashboardPreview.svg(of: $0)) }
    }
}
