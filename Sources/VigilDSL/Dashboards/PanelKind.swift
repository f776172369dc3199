/// The visualisation of a panel, with the options of that visualisation.
public enum PanelKind: Sendable {
    case timeSeries(TimeSeries.Options)
    case stat(Stat.Options)
    case gauge(GaugePanel.Options)
    case barGauge(BarGauge.Options)
    case table(Table.Options)
    case heatmap(Heatmap.Options)
    case text(Text.Options)
    case logs(Logs.Options)
    case pieChart(PieChart.Options)
    case stateTimeline(StateTimeline.Options)
    case histogram(HistogramPanel.Options)
}
