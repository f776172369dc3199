import VigilModel

/// A dashboard as Grafana's classic JSON model, with every field Grafana would otherwise fill in on load,
/// so that a provisioned dashboard never appears modified.
enum DashboardJSON {
    /// The text of the whole dashboard.
    static func text(of dashboard: ResolvedDashboard) throws -> String {
        try JSONWriter.text { json in try write(dashboard, to: &json) }
    }

    /// The whole dashboard as the bytes of its file.
    static func bytes(of dashboard: ResolvedDashboard) throws -> [UInt8] {
        try JSONWriter.bytes { json in try write(dashboard, to: &json) }
    }

    /// Writes the whole dashboard.
    static func write(_ dashboard: ResolvedDashboard, to json: inout JSONWriter) throws {
        try json.object { json in
            try json.object("annotations") { json in
                try json.array("list") { json in try writeBuiltInAnnotations(to: &json) }
            }
            try json.member("description", ifPresent: dashboard.description)
            try json.member("editable", false)
            try json.member("fiscalYearStartMonth", 0)
            try json.member("graphTooltip", 1)
            try json.member("id") { json in json.null() }
            try json.array("links") { json in
                for link in dashboard.links {
                    try write(link, to: &json)
                }
            }
            try json.array("panels") { json in
                for item in dashboard.items {
                    try write(item, to: &json)
                }
            }
            try json.member("refresh", dashboard.refresh?.grafanaInterval ?? "")
            try json.member("schemaVersion", GrafanaRelease.schemaVersion)
            try json.member("tags", dashboard.tags)
            try json.object("templating") { json in
                try json.array("list") { json in
                    for variable in dashboard.variables {
                        try VariableJSON.write(variable, to: &json)
                    }
                }
            }
            try json.object("time") { json in
                try json.member("from", "now-\(dashboard.time.start.grafanaInterval)")
                try json.member(
                    "to", dashboard.time.end.milliseconds == 0 ? "now" : "now-\(dashboard.time.end.grafanaInterval)")
            }
            try json.object("timepicker") { _ in }
            try json.member("timezone", "browser")
            try json.member("title", dashboard.title)
            try json.member("uid", dashboard.uid)
            try json.member("weekStart", "")
        }
    }

    /// Writes the annotation of alerts and manual annotations that Grafana adds to every dashboard.
    static func writeBuiltInAnnotations(to json: inout JSONWriter) throws {
        try json.object { json in
            try json.member("builtIn", 1)
            try json.object("datasource") { json in
                try json.member("type", "grafana")
                try json.member("uid", "-- Grafana --")
            }
            try json.member("enable", true)
            try json.member("hide", true)
            try json.member("iconColor", "rgba(0, 211, 255, 1)")
            try json.member("name", "Annotations & Alerts")
            try json.object("target") { json in
                try json.member("limit", 100)
                try json.member("matchAny", false)
                try json.array("tags") { _ in }
                try json.member("type", "dashboard")
            }
            try json.member("type", "dashboard")
        }
    }

    /// Writes the top-level panels of an item: an open row is followed by its panels, a collapsed one holds them.
    static func write(_ item: ResolvedDashboardItem, to json: inout JSONWriter) throws {
        switch item {
        case .panel(let panel):
            try PanelJSON.write(panel, to: &json)
        case .row(let row):
            try json.object { json in
                try json.member("collapsed", row.collapsed)
                try json.object("gridPos") { json in
                    try json.member("h", 1)
                    try json.member("w", 24)
                    try json.member("x", 0)
                    try json.member("y", row.y)
                }
                try json.member("id", row.id)
                try json.array("panels") { json in
                    if row.collapsed {
                        try writePanels(of: row, to: &json)
                    }
                }
                try json.member("title", row.title)
                try json.member("type", "row")
            }
            if !row.collapsed {
                try writePanels(of: row, to: &json)
            }
        }
    }

    /// Writes the panels of a row.
    private static func writePanels(of row: ResolvedRow, to json: inout JSONWriter) throws {
        for panel in row.panels {
            try PanelJSON.write(panel, to: &json)
        }
    }

    /// Writes a link of the dashboard's header.
    static func write(_ link: HeaderLink, to json: inout JSONWriter) throws {
        let (type, url, tags): (String, String, [String]) =
            switch link.target {
            case .url(let url): ("link", url, [])
            case .dashboards(let tags): ("dashboards", "", tags)
            }
        try json.object { json in
            try json.member("asDropdown", link.asDropdown)
            try json.member("icon", type == "link" ? "external link" : "dashboard")
            try json.member("includeVars", link.includesVariables)
            try json.member("keepTime", link.keepsTime)
            try json.member("tags", tags)
            try json.member("targetBlank", link.opensInNewTab)
            try json.member("title", link.title)
            try json.member("tooltip", link.tooltip)
            try json.member("type", type)
            try json.member("url", url)
        }
    }
}
