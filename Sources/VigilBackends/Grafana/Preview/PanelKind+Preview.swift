import VigilModel

extension PanelKind {
    /// The colour a preview marks the kind with, so that kinds tell apart without reading the label: series
    /// kinds in blues, single values in greens, distributions in oranges, tables and text in greys.
    var previewPaint: String {
        switch self {
        case .timeSeries: "#5794F2"
        case .stateTimeline: "#8AB8FF"
        case .stat: "#73BF69"
        case .gauge: "#96D98D"
        case .barGauge: "#56A64B"
        case .heatmap: "#FF9830"
        case .histogram: "#FFB357"
        case .pieChart: "#B877D9"
        case .table: "#A0A0B0"
        case .logs: "#FADE2A"
        case .text: "#6E6E7E"
        }
    }
}
