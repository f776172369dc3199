import VigilCore
import VigilModel

/// Reads one Grafana panel into a Vigil ``Panel``: its kind and the kind's options, title, description, size,
/// field options and overrides, and its queries. A panel of a kind Vigil has no type for becomes a note; members
/// and options the specs cannot carry are noted before the panel and listed in the report.
enum PanelReader {
    /// The panel members the reader carries over, or that Grafana and Vigil fill in by themselves.
    static let knownMembers: Set<String> = [
        "datasource", "description", "fieldConfig", "gridPos", "id", "options", "pluginVersion", "targets", "title",
        "type",
    ]

    /// The `fieldConfig.defaults.custom` members the reader carries over, or that Vigil writes with fixed values.
    static let knownCustomMembers: Set<String> = [
        "axisBorderShow", "axisCenteredZero", "axisColorMode", "axisLabel", "axisPlacement", "barAlignment",
        "barWidthFactor", "drawStyle", "fillOpacity", "gradientMode", "hideFrom", "insertNulls", "lineInterpolation",
        "lineWidth", "pointSize", "scaleDistribution", "showPoints", "spanNulls", "stacking", "thresholdsStyle",
        "align", "cellOptions", "inspect",
    ]

    /// Grafana's plugin ids of the panel kinds Vigil has, with the classic kinds read as their successors.
    static let kinds: [String: String] = [
        "timeseries": "timeseries", "graph": "timeseries", "stat": "stat", "singlestat": "stat", "gauge": "gauge",
        "bargauge": "bargauge", "table": "table", "table-old": "table", "heatmap": "heatmap", "text": "text",
        "logs": "logs", "piechart": "piechart", "state-timeline": "state-timeline", "histogram": "histogram",
    ]

    /// The notes on the panel, then the panel; a note alone for a kind Vigil does not have.
    static func items(of node: JSONNode, dashboard: String, input: inout DashboardInput) throws(ImportError)
        -> [ImportedDashboardItem]
    {
        let title = node["title"]?.string ?? ""
        let type = node["type"]?.string ?? ""
        let subject = "\(dashboard), panel '\(title)'"
        guard let kind = kinds[type] else {
            return [
                .note(
                    input.drop("\(subject): panel type `\(type)` has no Vigil panel; it is not carried over", at: node))
            ]
        }
        if kind != type {
            input.remark(.review, at: node, "\(subject): the classic `\(type)` panel is imported as a `\(kind)` panel")
        }
        var notes = input.dropUnknownMembers(of: node, known: knownMembers, path: "panel", subject: subject)
        let options = node["options"]
        let custom = node["fieldConfig"]?["defaults"]?["custom"]
        var reading = OptionReading(options: options, custom: custom)
        let panelKind = reading.kind(kind, node: node, input: &input)
        notes += input.dropUnknownMembers(
            of: options, known: reading.readOptions.union(OptionReading.fixedOptions), path: "options", subject: subject
        )
        notes += input.dropUnknownMembers(
            of: custom, known: knownCustomMembers, path: "fieldConfig.defaults.custom", subject: subject)
        let queries = try QueryReader.queries(of: node, kind: panelKind, subject: subject, input: &input)
        var panel = Panel(panelKind, title, unit: nil, queries: queries, location: input.sourceLocation(node))
        panel.description = node["description"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        panel.width = node["gridPos"]?["w"]?.int
        panel.height = node["gridPos"]?["h"]?.int
        var fields = FieldConfigReader(subject: subject)
        notes += fields.read(node["fieldConfig"], into: &panel, input: &input)
        if case .heatmap = panelKind, let axis = options?["yAxis"] {
            panel.field.unit = axis["unit"]?.string.flatMap { fields.unit($0, at: axis, input: &input) }
            panel.field.decimals = axis["decimals"]?.int
        }
        return notes.map(ImportedDashboardItem.note) + [.panel(panel)]
    }
}
