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

    /// Draws the box, clipped to its frame on `canvas`.
    func draw(into svg: inout SVGDocument, on canvas: PreviewCanvas) {
        let frame = canvas.frame(of: position)
        let inner = frame.inset(by: Self.padding)
        let clip = "panel-\(id)"
        svg.element("clipPath", ["id": clip]) { svg in svg.rect(frame, [:]) }
        svg.element("g", ["clip-path": "url(#\(clip))"]) { svg in
            svg.element("title", [:], text: title)
            svg.rect(frame, ["rx": "3", "fill": PreviewTheme.panel, "stroke": PreviewTheme.border])
            let badgeText = PreviewText.fitted(kind, width: inner.width / 2 - 8, fontSize: 9)
            let badgeWidth = PreviewText.width(of: badgeText, fontSize: 9) + 8
            let badge = PreviewRect(
                x: inner.x + inner.width - badgeWidth, y: frame.y + 5, width: badgeWidth, height: 14)
            svg.rect(badge, ["rx": "2", "fill": PreviewTheme.badge, "stroke": PreviewTheme.border])
            svg.element(
                "text", ["x": "\(badge.x + 4)", "y": "\(badge.y + 10)", "font-size": "9", "fill": PreviewTheme.text],
                text: badgeText)
            svg.element(
                "text",
                [
                    "x": "\(inner.x)", "y": "\(frame.y + 17)", "font-size": "12", "font-weight": "bold",
                    "fill": PreviewTheme.text,
                ],
                text: PreviewText.fitted(title, width: inner.width - badgeWidth - 6, fontSize: 12))
            let top = frame.y + 24
            for (index, line) in lines(fitting: frame.bottom - Self.padding - top).enumerated() {
                line.draw(
                    into: &svg, at: inner.x, baseline: top + (index + 1) * Self.lineHeight - 3, width: inner.width)
            }
        }
    }
}
