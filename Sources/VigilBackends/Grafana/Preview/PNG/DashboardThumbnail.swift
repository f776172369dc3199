import VigilModel

/// A dashboard's preview as a small PNG, for review tools that do not show SVG: the SVG preview's layout at a
/// quarter of its size, drawn without text. Each panel is its box with its kind's colour where the kind label
/// is, a grey bar as long as its title, its threshold swatches and its legend's series strokes; each row is its
/// divider (open) or its bar (collapsed) with its chevron and its title's bar. The same dashboard gives the same
/// bytes on every machine, as no tool is run.
enum DashboardThumbnail {
    /// The PNG bytes of `dashboard`'s thumbnail.
    static func png(of dashboard: ResolvedDashboard) -> [UInt8] {
        raster(of: dashboard).png
    }

    /// The pixels of `dashboard`'s thumbnail.
    static func raster(of dashboard: ResolvedDashboard) -> PreviewRaster {
        let canvas = PreviewCanvas(dashboard)
        var raster = PreviewRaster(canvas, background: PreviewTheme.background)
        for item in PreviewItem.items(of: dashboard) {
            switch item {
            case .panel(let panel): paint(panel, into: &raster, on: canvas)
            case .row(let row): paint(row, into: &raster, on: canvas)
            }
        }
        return raster
    }

    /// A panel's box, its kind's mark and the coloured marks of its lines.
    static func paint(_ panel: PreviewPanel, into raster: inout PreviewRaster, on canvas: PreviewCanvas) {
        let frame = canvas.frame(of: panel.position)
        let inner = frame.inset(by: PreviewPanel.padding)
        raster.fill(frame, PreviewTheme.panel)
        raster.outline(frame, PreviewTheme.border)
        raster.fill(panel.badge(in: frame).frame, panel.kindPaint)
        let title = PreviewText.width(of: panel.fittedTitle(in: frame), fontSize: 12)
        raster.fill(PreviewRect(x: inner.x, y: frame.y + 8, width: title, height: 9), PreviewTheme.secondaryText)
        for (line, baseline) in panel.placedLines(in: frame) {
            for mark in line.marks(at: inner.x, baseline: baseline, width: inner.width) {
                raster.fill(mark.frame, mark.paint)
            }
        }
    }

    /// A row's divider, or its bar when collapsed, and its chevron.
    static func paint(_ row: PreviewRow, into raster: inout PreviewRaster, on canvas: PreviewCanvas) {
        let frame = row.frame(on: canvas)
        if row.hiddenPanels == nil {
            raster.fill(PreviewRect(x: frame.x, y: frame.bottom, width: frame.width, height: 1), PreviewTheme.border)
        } else {
            raster.fill(frame, PreviewTheme.badge)
            raster.outline(frame, PreviewTheme.secondaryText)
        }
        let title = PreviewText.width(of: row.fittedTitle(in: frame), fontSize: 13)
        let middle = frame.y + frame.height / 2
        raster.fill(
            PreviewRect(x: frame.x + PreviewRow.titleOffset, y: middle - 4, width: title, height: 9),
            PreviewTheme.secondaryText)
        let corners = row.chevron(in: frame)
        let (left, top) = (corners.map(\.x).min() ?? frame.x, corners.map(\.y).min() ?? frame.y)
        let (right, bottom) = (corners.map(\.x).max() ?? frame.x, corners.map(\.y).max() ?? frame.y)
        raster.fill(PreviewRect(x: left, y: top, width: right - left, height: bottom - top), PreviewTheme.text)
    }
}
