import VigilDSL

/// Places panels on Grafana's 24-column grid: left to right in lines whose widths add up to 24, each line
/// as high as its tallest panel, lines stacked without gaps. A panel's explicit width and height are kept;
/// the others are stretched to fill their line.
enum DashboardLayout {
    /// The grid's width in columns.
    static let columns = 24

    /// The width and height a panel of `kind` starts from, before its line is filled.
    static func defaultSize(of kind: PanelKind) -> (width: Int, height: Int) {
        switch kind {
        case .timeSeries, .heatmap, .histogram: (12, 8)
        case .stat: (6, 4)
        case .gauge: (6, 6)
        case .barGauge, .pieChart: (8, 8)
        case .table: (24, 8)
        case .text: (24, 3)
        case .logs: (24, 10)
        case .stateTimeline: (24, 6)
        }
    }

    /// The positions of `panels`, laid out from grid row `y`, and the first grid row below them.
    static func place(_ panels: [Panel], from y: Int) -> (positions: [GridPosition], end: Int) {
        var positions: [GridPosition] = []
        var line: [Panel] = []
        var top = y
        for panel in panels {
            if !line.isEmpty, line.map(width(of:)).reduce(0, +) + width(of: panel) > columns {
                positions += placeLine(line, at: top)
                top += lineHeight(line)
                line = []
            }
            line.append(panel)
        }
        if !line.isEmpty {
            positions += placeLine(line, at: top)
            top += lineHeight(line)
        }
        return (positions, top)
    }

    /// One line: the stretchable panels share the columns the others leave, the first ones taking a column
    /// more when they do not divide evenly.
    static func placeLine(_ line: [Panel], at y: Int) -> [GridPosition] {
        let stretchable = line.indices.filter { line[$0].width == nil }
        let spare = Swift.max(0, columns - line.map(width(of:)).reduce(0, +))
        let height = lineHeight(line)
        var x = 0
        return line.indices.map { index in
            var span = width(of: line[index])
            if let rank = stretchable.firstIndex(of: index) {
                span += spare / stretchable.count + (rank < spare % stretchable.count ? 1 : 0)
            }
            defer { x += span }
            return GridPosition(x: x, y: y, width: span, height: line[index].height ?? height)
        }
    }

    /// The width a panel starts from, kept inside the grid (validation reports widths outside it).
    static func width(of panel: Panel) -> Int {
        Swift.min(columns, Swift.max(1, panel.width ?? defaultSize(of: panel.kind).width))
    }

    /// The tallest panel's height.
    static func lineHeight(_ line: [Panel]) -> Int {
        line.map { Swift.max(1, $0.height ?? defaultSize(of: $0.kind).height) }.max() ?? 0
    }
}
