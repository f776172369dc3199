/// A line of a panel's preview below its title.
enum PreviewLine: Hashable {
    /// The unit id.
    case unit(String)
    /// The threshold marks, side by side.
    case thresholds([PreviewThresholdMark])
    /// A query's legend entry, the `index`th of the panel, with a stroke of its series colour.
    case legend(PreviewLegendEntry, index: Int)
    /// How many lines did not fit.
    case more(Int)

    /// The font size of every line.
    static let fontSize = 10

    /// Draws the line from `x`, its text on `baseline`, cut to `width` pixels.
    func draw(into svg: inout SVGDocument, at x: Int, baseline: Int, width: Int) {
        switch self {
        case .unit(let unit):
            Self.text("unit: \(unit)", into: &svg, at: x, baseline: baseline, width: width)
        case .thresholds(let marks):
            Self.draw(marks, into: &svg, at: x, baseline: baseline, width: width)
        case .legend(let entry, let index):
            let colors = PreviewTheme.seriesColors
            svg.element(
                "line",
                [
                    "x1": "\(x)", "y1": "\(baseline - 4)", "x2": "\(x + 10)", "y2": "\(baseline - 4)",
                    "stroke": colors[index % colors.count], "stroke-width": "2",
                ])
            Self.text("\(entry.refID) \(entry.label)", into: &svg, at: x + 14, baseline: baseline, width: width - 14)
        case .more(let count):
            Self.text("+\(count) more", into: &svg, at: x, baseline: baseline, width: width)
        }
    }

    /// Secondary text at `x`, cut to `width`.
    private static func text(_ text: String, into svg: inout SVGDocument, at x: Int, baseline: Int, width: Int) {
        svg.element(
            "text",
            ["x": "\(x)", "y": "\(baseline)", "font-size": "\(fontSize)", "fill": PreviewTheme.secondaryText],
            text: PreviewText.fitted(text, width: width, fontSize: fontSize))
    }

    /// Each mark as a square swatch of its colour and its label, left to right while they fit; an ellipsis says
    /// that some did not.
    private static func draw(
        _ marks: [PreviewThresholdMark], into svg: inout SVGDocument, at x: Int, baseline: Int, width: Int
    ) {
        let ellipsis = PreviewText.width(of: "…", fontSize: fontSize)
        var left = x
        for (index, mark) in marks.enumerated() {
            let markWidth = 12 + PreviewText.width(of: mark.label, fontSize: fontSize)
            let reserve = index == marks.count - 1 ? 0 : ellipsis
            guard left + markWidth + reserve <= x + width else {
                text("…", into: &svg, at: left, baseline: baseline, width: ellipsis)
                return
            }
            svg.rect(
                PreviewRect(x: left, y: baseline - 8, width: 8, height: 8),
                ["fill": mark.paint, "stroke": PreviewTheme.text, "stroke-width": "0.5"])
            text(mark.label, into: &svg, at: left + 11, baseline: baseline, width: markWidth - 11)
            left += markWidth + 6
        }
    }
}
