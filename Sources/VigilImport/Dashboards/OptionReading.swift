import VigilCore
import VigilModel

/// Reads a panel kind's options from Grafana's `options` and `fieldConfig.defaults.custom`, with Grafana's
/// defaults for what is absent, and remembers which `options` members it read.
struct OptionReading {
    /// The `options` members Vigil writes with fixed values: read over without a remark.
    static let fixedOptions: Set<String> = [
        "justifyMode", "orientation", "percentChangeColorMode", "showPercentChange", "wideLayout", "minVizHeight",
        "minVizWidth", "sizing", "maxVizHeight", "namePlacement", "valueMode", "cellHeight", "footer", "frameIndex",
        "calculate", "cellGap", "exemplars", "filterValues", "rowsFrame", "showValue", "code",
        "enableInfiniteScrolling", "enableLogDetails", "prettifyLogMessage", "showCommonLabels", "showLabels",
        "showLogContextToggle", "alignValue", "rowHeight", "bucketOffset", "tooltip", "legend", "reduceOptions",
        "text",
    ]

    /// The panel's `options`.
    let options: JSONNode?
    /// The panel's `fieldConfig.defaults.custom`.
    let custom: JSONNode?
    /// The `options` members read.
    private(set) var readOptions: Set<String> = []

    /// A reading of `options` and `custom`.
    init(options: JSONNode?, custom: JSONNode?) {
        self.options = options
        self.custom = custom
    }

    private mutating func option(_ key: String) -> JSONNode? {
        readOptions.insert(key)
        return options?[key]
    }

    /// An enum option's value; `fallback` when absent or unknown (with a remark).
    private mutating func choice<T: RawRepresentable>(
        _ node: JSONNode?, _ fallback: T, _ name: String, input: inout DashboardInput
    ) -> T where T.RawValue == String {
        guard let node, let text = node.string else { return fallback }
        guard let value = T(rawValue: text) else {
            input.remark(.dropped, at: node, "`\(name)` `\(text)` is not one Vigil has: \(fallback.rawValue) is used")
            return fallback
        }
        return value
    }

    /// The kind `plugin` (one of ``PanelReader/kinds``' values) with its options.
    mutating func kind(_ plugin: String, node: JSONNode, input: inout DashboardInput) -> PanelKind {
        switch plugin {
        case "timeseries":
            return .timeSeries(
                TimeSeriesOptions(
                    style: choice(custom?["drawStyle"], .lines, "drawStyle", input: &input),
                    stacking: choice(custom?["stacking"]?["mode"], .none, "stacking.mode", input: &input),
                    fillOpacity: custom?["fillOpacity"]?.int ?? 0,
                    interpolation: choice(custom?["lineInterpolation"], .linear, "lineInterpolation", input: &input),
                    legend: legend(input: &input), tooltip: tooltip(input: &input)))
        case "stat":
            return .stat(
                StatOptions(
                    reduction: reduction(input: &input), sparkline: option("graphMode")?.string != "none",
                    colorMode: choice(option("colorMode"), .value, "colorMode", input: &input),
                    textMode: choice(option("textMode"), .auto, "textMode", input: &input)))
        case "gauge":
            return .gauge(
                GaugePanelOptions(
                    reduction: reduction(input: &input),
                    showsThresholdMarkers: option("showThresholdMarkers")?.bool ?? true,
                    showsThresholdLabels: option("showThresholdLabels")?.bool ?? false))
        case "bargauge":
            return .barGauge(
                BarGaugeOptions(
                    reduction: reduction(input: &input),
                    style: choice(option("displayMode"), .gradient, "displayMode", input: &input),
                    orientation: choice(option("orientation"), .auto, "orientation", input: &input),
                    showsUnfilled: option("showUnfilled")?.bool ?? true))
        case "table":
            let sort = option("sortBy")?.elements.first
            return .table(
                TableOptions(
                    showsHeader: option("showHeader")?.bool ?? true, sortBy: sort?["displayName"]?.string,
                    descending: sort?["desc"]?.bool ?? false))
        case "heatmap":
            readOptions.insert("yAxis")
            return .heatmap(
                HeatmapOptions(scheme: choice(option("color")?["scheme"], .oranges, "color.scheme", input: &input)))
        case "text":
            return .text(
                TextOptions(
                    content: option("content")?.string ?? "",
                    mode: choice(option("mode"), .markdown, "mode", input: &input)))
        case "logs":
            return .logs(
                LogsOptions(
                    query: node["targets"]?.elements.first?["expr"]?.string ?? "",
                    showsTime: option("showTime")?.bool ?? false, wrapsLines: option("wrapLogMessage")?.bool ?? false,
                    newestFirst: option("sortOrder")?.string != "Ascending",
                    deduplication: choice(option("dedupStrategy"), .none, "dedupStrategy", input: &input),
                    location: input.sourceLocation(node["targets"]?.elements.first ?? node)))
        case "piechart":
            return .pieChart(
                PieChartOptions(
                    reduction: reduction(input: &input),
                    style: choice(option("pieType"), .pie, "pieType", input: &input),
                    labels: labels(option("displayLabels"), input: &input),
                    legendValues: labels(options?["legend"]?["values"], input: &input)))
        case "state-timeline":
            return .stateTimeline(
                StateTimelineOptions(
                    mergesValues: option("mergeValues")?.bool ?? true,
                    showsValues: choice(option("showValue"), .auto, "showValue", input: &input),
                    legend: legend(input: &input)))
        default:
            return .histogram(
                HistogramPanelOptions(
                    bucketCount: option("bucketCount")?.int, combinesSeries: option("combine")?.bool ?? false,
                    legend: legend(input: &input)))
        }
    }

    /// `reduceOptions.calcs`' first reducer.
    private mutating func reduction(input: inout DashboardInput) -> Reduction {
        choice(option("reduceOptions")?["calcs"]?.elements.first, .lastNotNull, "reduceOptions.calcs", input: &input)
    }

    private mutating func legend(input: inout DashboardInput) -> Legend {
        guard let legend = option("legend") else { return .list }
        let calculations = legend["calcs"]?.elements.compactMap { $0.string.flatMap(Reduction.init(rawValue:)) } ?? []
        let placement: Legend.Placement = legend["placement"]?.string == "right" ? .right : .bottom
        if legend["showLegend"]?.bool == false || legend["displayMode"]?.string == "hidden" {
            return Legend(display: .hidden, placement: placement, calculations: calculations)
        }
        let display: Legend.Display = legend["displayMode"]?.string == "table" ? .table : .list
        return Legend(display: display, placement: placement, calculations: calculations)
    }

    private mutating func tooltip(input: inout DashboardInput) -> Tooltip {
        choice(option("tooltip")?["mode"], .single, "tooltip.mode", input: &input)
    }

    private func labels(_ node: JSONNode?, input: inout DashboardInput) -> [PieChartOptions.Label] {
        node?.elements.compactMap { $0.string.flatMap(PieChartOptions.Label.init(rawValue:)) } ?? []
    }
}
