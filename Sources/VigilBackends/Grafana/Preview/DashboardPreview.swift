import VigilModel

/// A dashboard drawn as Grafana lays it out, as an SVG image: the header with the title, then each loose panel,
/// row header and open row's panels at the grid positions the dashboard JSON gives them. Everything is in whole
/// pixels and in the model's order, so the same dashboard gives the same bytes.
enum DashboardPreview {
    /// The SVG file of `dashboard`'s preview, as UTF-8.
    static func svg(of dashboard: ResolvedDashboard) -> [UInt8] {
        let canvas = PreviewCanvas(dashboard)
        var svg = SVGDocument(width: canvas.width, height: canvas.height, fontFamily: PreviewTheme.fontFamily)
        svg.title("\(dashboard.title): the layout of its panels")
        svg.rect(PreviewRect(x: 0, y: 0, width: canvas.width, height: canvas.height), fill: PreviewTheme.background)
        drawHeader(of: dashboard, into: &svg, on: canvas)
        for item in PreviewItem.items(of: dashboard) {
            switch item {
            case .panel(let panel): panel.draw(into: &svg, on: canvas)
            case .row(let row): row.draw(into: &svg, on: canvas)
            }
        }
        return svg.closed()
    }

    /// The dashboard's title, and its folder and uid on the right.
    private static func drawHeader(
        of dashboard: ResolvedDashboard, into svg: inout SVGDocument, on canvas: PreviewCanvas
    ) {
        let margin = PreviewCanvas.margin
        let identity = "\(dashboard.folder) / \(dashboard.uid)"
        let identityWidth = PreviewText.width(of: identity, fontSize: 10)
        svg.text(
            PreviewText.fitted(dashboard.title, width: canvas.width - 2 * margin - identityWidth - 16, fontSize: 16),
            x: margin + 2, y: 26, fontSize: 16, bold: true, fill: PreviewTheme.text)
        svg.text(
            identity, x: canvas.width - margin - identityWidth, y: 26, fontSize: 10, fill: PreviewTheme.secondaryText)
    }
}
