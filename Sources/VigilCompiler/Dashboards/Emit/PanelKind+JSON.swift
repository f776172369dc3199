import VigilDSL

/// What each panel kind writes in Grafana's JSON model: its plugin id, its options and its custom field
/// options, with the values Grafana's plugins default to where the spec says nothing.
extension PanelKind {
    /// The panel plugin's id, the panel's `type`.
    var pluginID: String {
        switch self {
        case .timeSeries: "timeseries"
        case .stat: "stat"
        case .gauge: "gauge"
        case .barGauge: "bargauge"
        case .table: "table"
        case .heatmap: "heatmap"
        case .text: "text"
        case .logs: "logs"
        case .pieChart: "piechart"
        case .stateTimeline: "state-timeline"
        case .histogram: "histogram"
        }
    }

    /// Whether the kind has Grafana's standard field options (unit, thresholds, mappings, colour).
    var hasStandardOptions: Bool {
        switch self {
        case .text, .logs, .heatmap: false
        default: true
        }
    }

    /// How series are coloured by default: one colour per series, or by thresholds.
    var colorMode: String {
        switch self {
        case .timeSeries, .pieChart, .histogram: "palette-classic"
        default: "thresholds"
        }
    }

    /// Shown in the legend, the tooltip and the graph.
    static let shown: JSONValue = ["legend": false, "tooltip": false, "viz": false]

    /// A linear scale.
    static let linearScale: JSONValue = ["type": "linear"]

    /// The tooltip of one series, the one under the pointer.
    static let singleTooltip = tooltip(.single)

    /// The kind's own field options (`fieldConfig.defaults.custom`); `nil` for kinds without any.
    var customFieldConfig: JSONValue? {
        switch self {
        case .timeSeries(let options):
            [
                "axisBorderShow": false, "axisCenteredZero": false, "axisColorMode": "text", "axisLabel": "",
                "axisPlacement": "auto", "barAlignment": 0, "barWidthFactor": 0.6,
                "drawStyle": .string(options.style.rawValue), "fillOpacity": .int(options.fillOpacity),
                "gradientMode": "none", "hideFrom": Self.shown, "insertNulls": false,
                "lineInterpolation": .string(options.interpolation.rawValue), "lineWidth": 1, "pointSize": 5,
                "scaleDistribution": Self.linearScale, "showPoints": "auto", "spanNulls": false,
                "stacking": ["group": "A", "mode": .string(options.stacking.rawValue)],
                "thresholdsStyle": ["mode": "off"],
            ]
        case .table:
            ["align": "auto", "cellOptions": ["type": "auto"], "inspect": false]
        case .heatmap:
            ["hideFrom": Self.shown, "scaleDistribution": Self.linearScale]
        case .pieChart:
            ["hideFrom": Self.shown]
        case .stateTimeline:
            ["fillOpacity": 70, "hideFrom": Self.shown, "insertNulls": false, "lineWidth": 0, "spanNulls": false]
        case .histogram:
            ["fillOpacity": 80, "gradientMode": "none", "hideFrom": Self.shown, "lineWidth": 1]
        case .stat, .gauge, .barGauge, .text, .logs:
            nil
        }
    }

    /// The panel's `options`.
    func options(of panel: Panel) -> JSONValue {
        switch self {
        case .timeSeries(let options):
            ["legend": Self.legend(options.legend), "tooltip": Self.tooltip(options.tooltip)]
        case .stat(let options):
            [
                "colorMode": .string(options.colorMode.rawValue), "graphMode": options.sparkline ? "area" : "none",
                "justifyMode": "auto", "orientation": "auto", "percentChangeColorMode": "standard",
                "reduceOptions": Self.reduce(options.reduction), "showPercentChange": false,
                "textMode": .string(options.textMode.rawValue), "wideLayout": true,
            ]
        case .gauge(let options):
            [
                "minVizHeight": 75, "minVizWidth": 75, "orientation": "auto",
                "reduceOptions": Self.reduce(options.reduction),
                "showThresholdLabels": .bool(options.showsThresholdLabels),
                "showThresholdMarkers": .bool(options.showsThresholdMarkers), "sizing": "auto",
            ]
        case .barGauge(let options):
            [
                "displayMode": .string(options.style.rawValue),
                "legend": ["calcs": [], "displayMode": "list", "placement": "bottom", "showLegend": false],
                "maxVizHeight": 300, "minVizHeight": 16, "minVizWidth": 8, "namePlacement": "auto",
                "orientation": .string(options.orientation.rawValue), "reduceOptions": Self.reduce(options.reduction),
                "showUnfilled": .bool(options.showsUnfilled), "sizing": "auto", "valueMode": "color",
            ]
        case .table(let options):
            Self.table(options)
        case .heatmap(let options):
            Self.heatmap(options, field: panel.field)
        case .text(let options):
            [
                "code": ["language": "plaintext", "showLineNumbers": false, "showMiniMap": false],
                "content": .string(options.content), "mode": .string(options.mode.rawValue),
            ]
        case .logs(let options):
            [
                "dedupStrategy": .string(options.deduplication.rawValue), "enableInfiniteScrolling": false,
                "enableLogDetails": true, "prettifyLogMessage": false, "showCommonLabels": false, "showLabels": false,
                "showLogContextToggle": false, "showTime": .bool(options.showsTime),
                "sortOrder": options.newestFirst ? "Descending" : "Ascending",
                "wrapLogMessage": .bool(options.wrapsLines),
            ]
        case .pieChart(let options):
            [
                "displayLabels": .array(options.labels.map { .string($0.rawValue) }),
                "legend": [
                    "calcs": [], "displayMode": "list", "placement": "right", "showLegend": true,
                    "values": .array(options.legendValues.filter { $0 != .name }.map { .string($0.rawValue) }),
                ],
                "orientation": "auto", "pieType": .string(options.style.rawValue),
                "reduceOptions": Self.reduce(options.reduction), "tooltip": Self.singleTooltip,
            ]
        case .stateTimeline(let options):
            [
                "alignValue": "left", "legend": Self.legend(options.legend), "mergeValues": .bool(options.mergesValues),
                "rowHeight": 0.9, "showValue": .string(options.showsValues.rawValue), "tooltip": Self.singleTooltip,
            ]
        case .histogram(let options):
            Self.histogram(options)
        }
    }

    static func table(_ options: Table.Options) -> JSONValue {
        var json: JSONObject = [
            "cellHeight": "sm", "footer": ["countRows": false, "reducer": ["sum"], "show": false], "frameIndex": 0,
            "showHeader": .bool(options.showsHeader),
        ]
        if let column = options.sortBy {
            json["sortBy"] = [["desc": .bool(options.descending), "displayName": .string(column)]]
        }
        return .object(json)
    }

    static func heatmap(_ options: Heatmap.Options, field: FieldOptions) -> JSONValue {
        var yAxis: JSONObject = ["axisPlacement": "left"]
        yAxis["decimals"] = field.decimals.map { .int($0) }
        yAxis["reverse"] = false
        yAxis["unit"] = field.unit.map { .string($0.rawValue) }
        return [
            "calculate": false, "cellGap": 1,
            "color": [
                "exponent": 0.5, "fill": "dark-orange", "mode": "scheme", "reverse": false, "scale": "exponential",
                "scheme": .string(options.scheme.rawValue), "steps": 64,
            ],
            "exemplars": ["color": "rgba(255,0,255,0.7)"], "filterValues": ["le": 1e-9], "legend": ["show": true],
            "rowsFrame": ["layout": "auto"], "showValue": "auto",
            "tooltip": ["mode": "single", "showColorScale": false, "yHistogram": false], "yAxis": .object(yAxis),
        ]
    }

    static func histogram(_ options: HistogramPanel.Options) -> JSONValue {
        var json: JSONObject = [
            "bucketOffset": 0, "combine": .bool(options.combinesSeries), "legend": legend(options.legend),
            "tooltip": singleTooltip,
        ]
        json["bucketCount"] = options.bucketCount.map { .int($0) }
        return .object(json)
    }

    static func legend(_ legend: Legend) -> JSONValue {
        [
            "calcs": .array(legend.calculations.map { .string($0.rawValue) }),
            "displayMode": legend.display == .table ? "table" : "list",
            "placement": .string(legend.placement.rawValue),
            "showLegend": .bool(legend.display != .hidden),
        ]
    }

    static func tooltip(_ tooltip: Tooltip) -> JSONValue {
        ["hideZeros": false, "mode": .string(tooltip.rawValue), "sort": "none"]
    }

    static func reduce(_ reduction: Reduction) -> JSONValue {
        ["calcs": [.string(reduction.rawValue)], "fields": "", "values": false]
    }
}
