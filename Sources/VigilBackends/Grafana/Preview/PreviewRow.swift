import VigilModel

/// A row header as its preview draws it: the title across the grid after a chevron that points down when the
/// row is open; a collapsed row is a dashed bar whose chevron points right, and says how many panels it hides
/// (they are not drawn: Grafana shows them only when the row is opened).
struct PreviewRow: Hashable {
    /// The grid row of the header.
    var y: Int
    /// The title.
    var title: String
    /// The number of panels it hides; `nil` when it is open.
    var hiddenPanels: Int?

    /// Where the title starts, right of the bar's left edge (after the chevron).
    static let titleOffset = 20

    /// The header of `row`.
    init(_ row: ResolvedRow) {
        y = row.y
        title = row.title
        hiddenPanels = row.collapsed ? row.panels.count : nil
    }

    /// What a collapsed row says after its title: `3 panels hidden`.
    var note: String? {
        hiddenPanels.map { count in "collapsed: \(count) panel\(count == 1 ? "" : "s") hidden" }
    }

    /// The header's bar across the grid on `canvas`.
    func frame(on canvas: PreviewCanvas) -> PreviewRect {
        canvas.frame(of: GridPosition(x: 0, y: y, width: GridPosition.columns, height: 1))
    }

    /// The corners of the chevron at the left of `frame`: pointing down when the row is open, right when it is
    /// collapsed.
    func chevron(in frame: PreviewRect) -> [(x: Int, y: Int)] {
        let middle = frame.y + frame.height / 2
        let x = frame.x + 6
        return hiddenPanels == nil
            ? [(x, middle - 3), (x + 8, middle - 3), (x + 4, middle + 3)]
            : [(x + 1, middle - 4), (x + 7, middle), (x + 1, middle + 4)]
    }

    /// The title cut to the room `frame` leaves it beside the chevron and the note.
    func fittedTitle(in frame: PreviewRect) -> String {
        let noteText = note.map { "  " + $0 } ?? ""
        return PreviewText.fitted(
            title, width: frame.width - 24 - PreviewText.width(of: noteText, fontSize: 11), fontSize: 13)
    }

    /// Draws the header on `canvas`.
    func draw(into svg: inout SVGDocument, on canvas: PreviewCanvas) {
        let frame = frame(on: canvas)
        let middle = frame.y + frame.height / 2
        if hiddenPanels == nil {
            svg.horizontalLine(x: frame.x, y: frame.bottom, width: frame.width, stroke: PreviewTheme.border)
        } else {
            svg.rect(
                frame, cornerRadius: 3, fill: PreviewTheme.badge, stroke: PreviewTheme.secondaryText, dashes: "4 3")
        }
        svg.polygon(chevron(in: frame), fill: PreviewTheme.text)
        let fitted = fittedTitle(in: frame)
        svg.text(
            fitted, x: frame.x + Self.titleOffset, y: middle + 5, fontSize: 13, bold: true, fill: PreviewTheme.text)
        if let note {
            svg.text(
                note, x: frame.x + Self.titleOffset + PreviewText.width(of: fitted, fontSize: 13) + 12, y: middle + 4,
                fontSize: 11, fill: PreviewTheme.secondaryText)
        }
    }
}
