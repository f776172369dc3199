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
        case .thresholds:
            drawThresholds(into: &svg, at: x, baseline: baseline, width: width)
        case .legend(let entry, _):
            for mark in marks(at: x, baseline: baseline, width: width) {
                svg.rect(mark.frame, fill: mark.paint)
            }
            Self.text("\(entry.refID) \(entry.label)", into: &svg, at: x + 14, baseline: baseline, width: width - 14)
        case .more(let count):
            Self.text("+\(count) more", into: &svg, at: x, baseline: baseline, width: width)
        }
    }

    /// Secondary text at `x`, cut to `width`.
    private static func text(_ text: String, into svg: inout SVGDocument, at x: Int, baseline: Int, width: Int) {
        svg.text(
            PreviewText.fitted(text, width: width, fontSize: fontSize), x: x, y: baseline, fontSize: fontSize,
            fill: PreviewTheme.secondaryText)
    }

    /// The line's coloured marks from `x`: each threshold swatch that fits, or the legend entry's stroke of its
    /// series colour. The PNG preview draws these alone.
    func marks(at x: Int, baseline: Int, width: Int) -> [(frame: PreviewRect, paint: String)] {
        switch self {
        case .thresholds(let marks):
            Self.placed(marks, at: x, width: width).fitting.map { placed in
                (Self.swatch(at: placed.left, baseline: baseline), placed.mark.paint)
            }
        case .legend(_, let index):
            [
                (
                    PreviewRect(x: x, y: baseline - 5, width: 10, height: 2),
                    PreviewTheme.seriesColors[index % PreviewTheme.seriesColors.count]
                )
            ]
        case .unit, .more:
            []
        }
    }

    /// The marks that fit in `width` from `x`, left to right, each with its left edge and its width (swatch
    /// and label); when some do not fit, where the ellipsis that says so goes.
    static func placed(_ marks: [PreviewThresholdMark], at x: Int, width: Int) -> (
        fitting: [(mark: PreviewThresholdMark, left: Int, width: Int)], ellipsis: Int?
    ) {
        let ellipsis = PreviewText.width(of: "…", fontSize: fontSize)
        var fitting: [(mark: PreviewThresholdMark, left: Int, width: Int)] = []
        var left = x
        for (index, mark) in marks.enumerated() {
            let markWidth = 12 + PreviewText.width(of: mark.label, fontSize: fontSize)
            let reserve = index == marks.count - 1 ? 0 : ellipsis
            guard left + markWidth + reserve <= x + width else { return (fitting, left) }
            fitting.append((mark, left, markWidth))
            left += markWidth + 6
        }
        return (fitting, nil)
    }

    /// The square swatch of a threshold mark whose left edge is `left`, its text on `baseline`.
    static func swatch(at left: Int, baseline: Int) -> PreviewRect {
        PreviewRect(x: left, y: baseline - 8, width: 8, height: 8)
    }

    /// Each mark as a square swatch of its colour and its label, left to right while they fit; an ellipsis says
    /// that some did not.
    private func drawThresholds(into svg: inout SVGDocument, at x: Int, baseline: Int, width: Int) {
        guard case .thresholds(let marks) = self else { return }
        let placed = Self.placed(marks, at: x, width: width)
        for mark in placed.fitting {
            svg.rect(
                Self.swatch(at: mark.left, baseline: baseline), fill: mark.mark.paint, stroke: PreviewTheme.text,
                strokeWidth: "0.5")
            Self.text(mark.mark.label, into: &svg, at: mark.left + 11, baseline: baseline, width: mark.width - 11)
        }
        if let ellipsis = placed.ellipsis {
            let ellipsisWidth = PreviewText.width(of: "…", fontSize: Self.fontSize)
            Self.text("…", into: &svg, at: ellipsis, baseline: baseline, width: ellipsisWidth)
        }
    }
}
