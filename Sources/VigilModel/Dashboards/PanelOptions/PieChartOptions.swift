/// The options of Grafana's `piechart` panel: what ``PanelKind`` carries for it; written with `PieChart` in the
/// DSL, which names them `PieChart.Options`.
public struct PieChartOptions: Hashable, Sendable {
    /// A full pie or a ring.
    public enum Style: String, Hashable, Sendable {
        case pie, donut
    }

    /// What a slice or a legend entry shows besides its colour.
    public enum Label: String, Hashable, Sendable {
        case name, value, percent
    }

    /// How each series becomes one value.
    public var reduction: Reduction
    /// Pie or donut.
    public var style: Style
    /// What the slices are labelled with.
    public var labels: [Label]
    /// What the legend shows beside each name (`name` is ignored there).
    public var legendValues: [Label]

    /// Options with every value given.
    public init(reduction: Reduction, style: Style, labels: [Label], legendValues: [Label]) {
        self.reduction = reduction
        self.style = style
        self.labels = labels
        self.legendValues = legendValues
    }
}
