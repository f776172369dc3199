import VigilModel

/// Places panels on Grafana's 24-column grid: left to right in lines whose widths add up to 24, each line
/// as high as its tallest panel, lines stacked without gaps. A panel's explicit width and height are kept;
/// the others are stretched to fill their line.
enum DashboardLayout {
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
        let sizes = panels.map(Size.init)
        var positions: [GridPosition] = []
        positions.reserveCapacity(panels.count)
        var top = y
        var lineStart = 0
        var lineWidth = 0
        for index in sizes.indices {
            if index > lineStart, lineWidth + sizes[index].width > GridPosition.columns {
                top = placeLine(sizes[lineStart..<index], width: lineWidth, at: top, into: &positions)
                lineStart = index
                lineWidth = 0
            }
            lineWidth += sizes[index].width
        }
        if lineStart < sizes.count {
            top = placeLine(sizes[lineStart...], width: lineWidth, at: top, into: &positions)
        }
        return (positions, top)
    }

    /// What the layout needs of a panel, read once: the width it starts from, kept inside the grid (validation
    /// reports widths outside it), whether it stretches, its height if given and the height it starts from.
    struct Size {
        var width: Int
        var stretches: Bool
        var height: Int?
        var defaultHeight: Int

        init(_ panel: Panel) {
            let defaultSize = DashboardLayout.defaultSize(of: panel.kind)
            let width = panel.width
            self.width = Swift.min(GridPosition.columns, Swift.max(1, width ?? defaultSize.width))
            stretches = width == nil
            height = panel.height
            defaultHeight = Swift.max(1, height ?? defaultSize.height)
        }
    }

    /// Places one line of panels `width` columns wide in total at grid row `y`, and returns the grid row below
    /// it: the line is as high as its tallest panel; the stretchable panels share the columns the others
    /// leave, the first ones taking a column more when they do not divide evenly.
    static func placeLine(
        _ line: ArraySlice<Size>, width: Int, at y: Int, into positions: inout [GridPosition]
    ) -> Int {
        let stretchable = line.count { $0.stretches }
        let spare = Swift.max(0, GridPosition.columns - width)
        let height = line.lazy.map(\.defaultHeight).max() ?? 0
        var x = 0
        var rank = 0
        for size in line {
            var span = size.width
            if size.stretches {
                span += spare / stretchable + (rank < spare % stretchable ? 1 : 0)
                rank += 1
            }
            positions.append(GridPosition(x: x, y: y, width: span, height: size.height ?? height))
            x += span
        }
        return y + height
    }
}
