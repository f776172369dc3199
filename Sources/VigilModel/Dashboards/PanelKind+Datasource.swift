extension PanelKind {
    /// The kind of data source its queries go to: Prometheus for the metric panels, Loki for logs, none for
    /// text.
    public var datasource: DatasourceKind? {
        switch self {
        case .text: nil
        case .logs: .loki
        case .timeSeries, .stat, .gauge, .barGauge, .table, .heatmap, .pieChart, .stateTimeline, .histogram: .prometheus
        }
    }
}
