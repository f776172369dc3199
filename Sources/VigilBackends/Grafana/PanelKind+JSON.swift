import VigilModel

/// What each panel kind writes in Grafana's JSON model: its plugin id, its options and its custom field
/// options, with the values Grafana's plugins default to where the spec says nothing.
extension PanelKind {
    /// The panel plugin's id, the panel's `type`.
    package var pluginID: String {
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
        case .timeSeries, .stat, .gauge, .barGauge, .table, .pieChart, .stateTimeline, .histogram: true
        }
    }

    /// How series are coloured by default: one colour per series, or by thresholds.
    var colorMode: String {
        switch self {
        case .timeSeries, .pieChart, .histogram: "palette-classic"
        case .stat, .gauge, .barGauge, .table, .heatmap, .text, .logs, .stateTimeline: "thresholds"
        }
    }

    /// Writes which of the legend, the tooltip and the graph leave the series out: all or none of them.
    static func writeHideFrom(hidden: Bool, to json: inout JSONWriter) throws {
        try json.object { json in
            try json.member("legend", hidden)
            try json.member("tooltip", hidden)
            try json.member("viz", hidden)
        }
    }

    /// Writes the series shown everywhere, as `hideFrom`.
    private static func writeShown(to json: inout JSONWriter) throws {
        try json.member("hideFrom") { json in try writeHideFrom(hidden: false, to: &json) }
    }

    /// Writes a linear scale, as `scaleDistribution`.
    private static func writeLinearScale(to json: inout JSONWriter) throws {
        try json.object("scaleDistribution") { json in try json.member("type", "linear") }
    }

    /// Writes the kind's own field options as `custom` (`fieldConfig.defaults.custom`); nothing for kinds
    /// without any.
    func writeCustomFieldConfig(to json: inout JSONWriter) throws {
        switch self {
        case .timeSeries(let options):
            try json.object("custom") { json in
                try json.member("axisBorderShow", false)
                try json.member("axisCenteredZero", false)
                try json.member("axisColorMode", "text")
                try json.member("axisLabel", "")
                try json.member("axisPlacement", "auto")
                try json.member("barAlignment", 0)
                try json.member("barWidthFactor", 0.6)
                try json.member("drawStyle", options.style.rawValue)
                try json.member("fillOpacity", options.fillOpacity)
                try json.member("gradientMode", "none")
                try Self.writeShown(to: &json)
                try json.member("insertNulls", false)
                try json.member("lineInterpolation", options.interpolation.rawValue)
                try json.member("lineWidth", 1)
                try json.member("pointSize", 5)
                try Self.writeLinearScale(to: &json)
                try json.member("showPoints", "auto")
                try json.member("spanNulls", false)
                try json.object("stacking") { json in
                    try json.member("group", "A")
                    try json.member("mode", options.stacking.rawValue)
                }
                try json.object("thresholdsStyle") { json in try json.member("mode", options.thresholdsStyle.rawValue) }
            }
        case .table:
            try json.object("custom") { json in
                try json.member("align", "auto")
                try json.object("cellOptions") { json in try json.member("type", "auto") }
                try json.member("inspect", false)
            }
        case .heatmap:
            try json.object("custom") { json in
                try Self.writeShown(to: &json)
                try Self.writeLinearScale(to: &json)
            }
        case .pieChart:
            try json.object("custom") { json in try Self.writeShown(to: &json) }
        case .stateTimeline:
            try json.object("custom") { json in
                try json.member("fillOpacity", 70)
                try Self.writeShown(to: &json)
                try json.member("insertNulls", false)
                try json.member("lineWidth", 0)
                try json.member("spanNulls", false)
            }
        case .histogram:
            try json.object("custom") { json in
                try json.member("fillOpacity", 80)
                try json.member("gradientMode", "none")
                try Self.writeShown(to: &json)
                try json.member("lineWidth", 1)
            }
        case .stat, .gauge, .barGauge, .text, .logs:
            break
        }
    }

    /// Writes the panel's `options`.
    func writeOptions(of panel: Panel, to json: inout JSONWriter) throws {
        try json.object { json in
            switch self {
            case .timeSeries(let options):
                try Self.write(options.legend, to: &json)
                try Self.write(options.tooltip, to: &json)
            case .stat(let options):
                try json.member("colorMode", options.colorMode.rawValue)
                try json.member("graphMode", options.sparkline ? "area" : "none")
                try json.member("justifyMode", "auto")
                try json.member("orientation", "auto")
                try json.member("percentChangeColorMode", "standard")
                try Self.write(options.reduction, to: &json)
                try json.member("showPercentChange", false)
                try json.member("textMode", options.textMode.rawValue)
                try json.member("wideLayout", true)
            case .gauge(let options):
                try json.member("minVizHeight", 75)
                try json.member("minVizWidth", 75)
                try json.member("orientation", "auto")
                try Self.write(options.reduction, to: &json)
                try json.member("showThresholdLabels", options.showsThresholdLabels)
                try json.member("showThresholdMarkers", options.showsThresholdMarkers)
                try json.member("sizing", "auto")
            case .barGauge(let options):
                try json.member("displayMode", options.style.rawValue)
                try Self.writeListLegend(placement: "bottom", shown: false, to: &json)
                try json.member("maxVizHeight", 300)
                try json.member("minVizHeight", 16)
                try json.member("minVizWidth", 8)
                try json.member("namePlacement", "auto")
                try json.member("orientation", options.orientation.rawValue)
                try Self.write(options.reduction, to: &json)
                try json.member("showUnfilled", options.showsUnfilled)
                try json.member("sizing", "auto")
                try json.member("valueMode", "color")
            case .table(let options):
                try Self.write(options, to: &json)
            case .heatmap(let options):
                try Self.write(options, field: panel.field, to: &json)
            case .text(let options):
                try json.object("code") { json in
                    try json.member("language", "plaintext")
                    try json.member("showLineNumbers", false)
                    try json.member("showMiniMap", false)
                }
                try json.member("content", options.content)
                try json.member("mode", options.mode.rawValue)
            case .logs(let options):
                try json.member("dedupStrategy", options.deduplication.rawValue)
                try json.member("enableInfiniteScrolling", false)
                try json.member("enableLogDetails", true)
                try json.member("prettifyLogMessage", false)
                try json.member("showCommonLabels", false)
                try json.member("showLabels", false)
                try json.member("showLogContextToggle", false)
                try json.member("showTime", options.showsTime)
                try json.member("sortOrder", options.newestFirst ? "Descending" : "Ascending")
                try json.member("wrapLogMessage", options.wrapsLines)
            case .pieChart(let options):
                try json.member("displayLabels", options.labels.map(\.rawValue))
                try Self.writeListLegend(
                    placement: "right", shown: true,
                    values: options.legendValues.filter { $0 != .name }.map(\.rawValue), to: &json)
                try json.member("orientation", "auto")
                try json.member("pieType", options.style.rawValue)
                try Self.write(options.reduction, to: &json)
                try Self.write(Tooltip.single, to: &json)
            case .stateTimeline(let options):
                try json.member("alignValue", "left")
                try Self.write(options.legend, to: &json)
                try json.member("mergeValues", options.mergesValues)
                try json.member("rowHeight", 0.9)
                try json.member("showValue", options.showsValues.rawValue)
                try Self.write(Tooltip.single, to: &json)
            case .histogram(let options):
                try json.member("bucketCount", ifPresent: options.bucketCount)
                try json.member("bucketOffset", 0)
                try json.member("combine", options.combinesSeries)
                try Self.write(options.legend, to: &json)
                try Self.write(Tooltip.single, to: &json)
            }
        }
    }

    /// Writes a table's options.
    private static func write(_ options: TableOptions, to json: inout JSONWriter) throws {
        try json.member("cellHeight", "sm")
        try json.object("footer") { json in
            try json.member("countRows", false)
            try json.member("reducer", ["sum"])
            try json.member("show", false)
        }
        try json.member("frameIndex", 0)
        try json.member("showHeader", options.showsHeader)
        if let column = options.sortBy {
            try json.array("sortBy") { json in
                try json.object { json in
                    try json.member("desc", options.descending)
                    try json.member("displayName", column)
                }
            }
        }
    }

    /// Writes a heatmap's options; its y axis takes the panel's unit and decimals.
    private static func write(_ options: HeatmapOptions, field: FieldOptions, to json: inout JSONWriter) throws {
        try json.member("calculate", false)
        try json.member("cellGap", 1)
        try json.object("color") { json in
            try json.member("exponent", 0.5)
            try json.member("fill", "dark-orange")
            try json.member("mode", "scheme")
            try json.member("reverse", false)
            try json.member("scale", "exponential")
            try json.member("scheme", options.scheme.rawValue)
            try json.member("steps", 64)
        }
        try json.object("exemplars") { json in try json.member("color", "rgba(255,0,255,0.7)") }
        try json.object("filterValues") { json in try json.member("le", 1e-9) }
        try json.object("legend") { json in try json.member("show", true) }
        try json.object("rowsFrame") { json in try json.member("layout", "auto") }
        try json.member("showValue", "auto")
        try json.object("tooltip") { json in
            try json.member("mode", "single")
            try json.member("showColorScale", false)
            try json.member("yHistogram", false)
        }
        try json.object("yAxis") { json in
            try json.member("axisPlacement", "left")
            try json.member("decimals", ifPresent: field.decimals)
            try json.member("reverse", false)
            try json.member("unit", ifPresent: field.unit?.rawValue)
        }
    }

    /// Writes a legend, as `legend`.
    private static func write(_ legend: Legend, to json: inout JSONWriter) throws {
        try json.object("legend") { json in
            try json.member("calcs", legend.calculations.map(\.rawValue))
            try json.member("displayMode", legend.display == .table ? "table" : "list")
            try json.member("placement", legend.placement.rawValue)
            try json.member("showLegend", legend.display != .hidden)
        }
    }

    /// Writes a list legend without calculations at `placement`, as `legend`, with the `values` a pie chart's
    /// legend shows, if any.
    private static func writeListLegend(
        placement: String, shown: Bool, values: [String]? = nil, to json: inout JSONWriter
    ) throws {
        try json.object("legend") { json in
            try json.array("calcs") { _ in }
            try json.member("displayMode", "list")
            try json.member("placement", placement)
            try json.member("showLegend", shown)
            if let values {
                try json.member("values", values)
            }
        }
    }

    /// Writes a tooltip, as `tooltip`.
    private static func write(_ tooltip: Tooltip, to json: inout JSONWriter) throws {
        try json.object("tooltip") { json in
            try json.member("hideZeros", false)
            try json.member("mode", tooltip.rawValue)
            try json.member("sort", "none")
        }
    }

    /// Writes how a value is reduced from its series, as `reduceOptions`.
    private static func write(_ reduction: Reduction, to json: inout JSONWriter) throws {
        try json.object("reduceOptions") { json in
            try json.member("calcs", [reduction.rawValue])
            try json.member("fields", "")
            try json.member("values", false)
        }
    }
}
