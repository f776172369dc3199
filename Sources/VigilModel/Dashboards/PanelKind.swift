/// The visualisation of a panel, with the options of that visualisation.
public enum PanelKind: Sendable {
    case timeSeries(TimeSeriesOptions)
    case stat(StatOptions)
    case gauge(GaugePanelOptions)
    case barGauge(BarGaugeOptions)
    case table(TableOptions)
    case heatmap(HeatmapOptions)
    case text(TextOptions)
    case logs(LogsOptions)
    case pieChart(PieChartOptions)
    case stateTimeline(StateTimelineOptions)
    case histogram(HistogramPanelOptions)
}
