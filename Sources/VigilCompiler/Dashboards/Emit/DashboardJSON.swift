import VigilDSL

/// A dashboard as Grafana's classic JSON model, with every field Grafana would otherwise fill in on load,
/// so that a provisioned dashboard never appears modified.
enum DashboardJSON {
    /// The whole dashboard.
    static func dashboard(_ dashboard: ResolvedDashboard) -> JSONValue {
        var json: JSONObject = [
            "annotations": ["list": [builtInAnnotations]],
            "editable": false,
            "fiscalYearStartMonth": 0,
            "graphTooltip": 1,
            "id": nil,
            "links": .array(dashboard.links.map(link)),
            "panels": .array(dashboard.items.flatMap(items)),
            "refresh": .string(dashboard.refresh?.grafanaInterval ?? ""),
            "schemaVersion": .int(GrafanaRelease.schemaVersion),
            "tags": .array(dashboard.tags.map(JSONValue.string)),
            "templating": ["list": .array(dashboard.variables.map(VariableJSON.variable))],
            "time": [
                "from": .string("now-\(dashboard.time.start.grafanaInterval)"),
                "to": .string(
                    dashboard.time.end.milliseconds == 0 ? "now" : "now-\(dashboard.time.end.grafanaInterval)"),
            ],
            "timepicker": [:],
            "timezone": "browser",
            "title": .string(dashboard.title),
            "uid": .string(dashboard.uid),
            "weekStart": "",
        ]
        json["description"] = dashboard.description.map(JSONValue.string)
        return .object(json)
    }

    /// The annotation of alerts and manual annotations that Grafana adds to every dashboard.
    static let builtInAnnotations: JSONValue = [
        "builtIn": 1,
        "datasource": ["type": "grafana", "uid": "-- Grafana --"],
        "enable": true,
        "hide": true,
        "iconColor": "rgba(0, 211, 255, 1)",
        "name": "Annotations & Alerts",
        "target": ["limit": 100, "matchAny": false, "tags": [], "type": "dashboard"],
        "type": "dashboard",
    ]

    /// The top-level panels of an item: an open row is followed by its panels, a collapsed one holds them.
    static func items(_ item: ResolvedDashboardItem) -> [JSONValue] {
        switch item {
        case .panel(let panel):
            return [PanelJSON.panel(panel)]
        case .row(let row):
            let panels = row.panels.map(PanelJSON.panel)
            let header: JSONValue = [
                "collapsed": .bool(row.collapsed),
                "gridPos": ["h": 1, "w": 24, "x": 0, "y": .int(row.y)],
                "id": .int(row.id),
                "panels": .array(row.collapsed ? panels : []),
                "title": .string(row.title),
                "type": "row",
            ]
            return [header] + (row.collapsed ? [] : panels)
        }
    }

    static func link(_ link: HeaderLink) -> JSONValue {
        let (type, url, tags): (String, String, [String]) =
            switch link.target {
            case .url(let url): ("link", url, [])
            case .dashboards(let tags): ("dashboards", "", tags)
            }
        return [
            "asDropdown": .bool(link.asDropdown),
            "icon": type == "link" ? "external link" : "dashboard",
            "includeVars": .bool(link.includesVariables),
            "keepTime": .bool(link.keepsTime),
            "tags": .array(tags.map(JSONValue.string)),
            "targetBlank": .bool(link.opensInNewTab),
            "title": .string(link.title),
            "tooltip": .string(link.tooltip),
            "type": .string(type),
            "url": .string(url),
        ]
    }
}
