import VigilModel

/// A panel as its preview draws it: a box where the grid puts it, with the title, the kind, the unit, the
/// threshold marks and the legend of each query, each line cut to the box's width and the whole clipped to it.
struct PreviewPanel: Hashable {
    /// The panel id, which names its clip path.
    var id: Int
    /// Where it sits on the grid.
    var position: GridPosition
    /// The title.
    var title: String
    /// The kind, as Grafana's plugin id: `timeseries`, `stat`, ...
    var kind: String
    /// The kind's colour, which outlines its label (and fills it in the PNG preview, which has no text).
    var kindPaint: String
    /// The unit id, if one is set.
    var unit: String?
    /// The threshold marks, none when the panel sets no thresholds.
    var thresholds: [PreviewThresholdMark]
    /// The queries' legend entries, in order.
    var legend: [PreviewLegendEntry]

    /// Space between the box's edge and its contents.
    static let padding = 6
    /// The height of a line of unit, marks or legend.
    static let lineHeight = 13

    /// The preview of `resolved`.
    init(_ resolved: ResolvedPanel) {
        let panel = resolved.panel
        id = resolved.id
        position = resolved.position
        title = panel.title
        kind = panel.kind.pluginID
        kindPaint = panel.kind.previewPaint
        unit = panel.field.unit?.rawValue
        thresholds = panel.field.thresholds.map(PreviewThresholdMark.marks(of:)) ?? []
        legend = resolved.targets.map(PreviewLegendEntry.init)
    }

    /// The lines below the title, in order, as many as fit in `height` pixels: when the legend does not fit, its
    /// last line that fits says how many entries are left out.
    func lines(fitting height: Int) -> [PreviewLine] {
        var lines: [PreviewLine] = []
        if let unit {
            lines.append(.unit(unit))
        }
        if !thresholds.isEmpty {
            lines.append(.thresholds(thresholds))
        }
        lines += legend.enumerated().map { PreviewLine.legend($0.element, index: $0.offset) }
        let room = Swift.max(0, height / Self.lineHeight)
        guard lines.count > room else { return lines }
        guard room > 0 else { return [] }
        let kept = Array(lines.prefix(room - 1))
        return kept + [.more(lines.count - kept.count)]
    }

    /// The kind label's box in the top right corner of `frame`, and its text, cut to half the box's width.
    func badge(in frame: PreviewRect) -> (frame: PreviewRect, text: String) {
        let inner = frame.inset(by: Self.padding)
        let text = PreviewText.fitted(kind, width: inner.width / 2 - 8, fontSize: 9)
        let width = PreviewText.width(of: text, fontSize: 9) + 8
        return (PreviewRect(x: inner.x + inner.width - width, y: frame.y + 5, width: width, height: 14), text)
    }

    /// The title cut to the room `frame` leaves it left of the kind label.
    func fittedTitle(in frame: PreviewRect) -> String {
        PreviewText.fitted(
            title, width: frame.inset(by: Self.padding).width - badge(in: frame).frame.width - 6, fontSize: 12)
    }

    /// The lines below the title in `frame`, each with the baseline of its text.
    func placedLines(in frame: PreviewRect) -> [(line: PreviewLine, baseline: Int)] {
        let top = frame.y + 24
        return lines(fitting: frame.bottom - Self.padding - top).enumerated().map { index, line in
            (line, top + (index + 1) * Self.lineHeight - 3)
        }
    }

    /// Draws the box, clipped to its frame on `canvas`.
    func draw(into svg: inout SVGDocument, on canvas: PreviewCanvas) {
        let frame = canvas.frame(of: position)
        let inner = frame.inset(by: Self.padding)
        let clip = "panel-\(id)"
        svg.clipPath(id: clip) { svg in svg.rect(frame) }
        svg.group(clippedBy: clip) { svg in
            svg.title(title)
            svg.rect(frame, cornerRadius: 3, fill: PreviewTheme.panel, stroke: PreviewTheme.border)
            let badge = badge(in: frame)
            svg.rect(badge.frame, cornerRadius: 2, fill: PreviewTheme.badge, stroke: kindPaint)
            svg.text(badge.text, x: badge.frame.x + 4, y: badge.frame.y + 10, fontSize: 9, fill: PreviewTheme.text)
            svg.text(
                fittedTitle(in: frame), x: inner.x, y: frame.y + 17, fontSize: 12, bold: true, fill: PreviewTheme.text)
            for (line, baseline) in placedLines(in: frame) {
                line.draw(into: &svg, at: inner.x, baseline: baseline, width: inner.width)
            }
        }
    }
}
