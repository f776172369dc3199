import VigilModel

/// A panel as Grafana's classic JSON model: its position, options, field configuration and targets.
enum PanelJSON {
    /// Writes the panel. The panel and each of its targets name the same data source, if it has one.
    static func write(_ resolved: ResolvedPanel, to json: inout JSONWriter) throws {
        let panel = resolved.panel
        try json.object { json in
            if let datasource = resolved.datasource {
                try json.member("datasource") { json in try write(datasource, to: &json) }
            }
            try json.member("description", ifPresent: panel.description)
            try json.object("fieldConfig") { json in
                try json.member("defaults") { json in try FieldConfigJSON.writeDefaults(of: panel, to: &json) }
                try json.array("overrides") { json in
                    for override in panel.overrides {
                        try FieldConfigJSON.write(override, to: &json)
                    }
                }
            }
            try json.member("gridPos") { json in try write(resolved.position, to: &json) }
            try json.member("id", resolved.id)
            try json.member("options") { json in try panel.kind.writeOptions(of: panel, to: &json) }
            try json.member("pluginVersion", GrafanaRelease.pluginVersion)
            if let datasource = resolved.datasource {
                try json.array("targets") { json in
                    for target in resolved.targets {
                        try write(target, on: datasource, to: &json)
                    }
                }
            }
            try json.member("title", panel.title)
            try json.member("type", panel.kind.pluginID)
        }
    }

    /// Writes a panel's place on the dashboard's grid.
    static func write(_ position: GridPosition, to json: inout JSONWriter) throws {
        try json.object { json in
            try json.member("h", position.height)
            try json.member("w", position.width)
            try json.member("x", position.x)
            try json.member("y", position.y)
        }
    }

    /// Writes a reference to a data source: its plugin and uid.
    static func write(_ reference: DatasourceReference, to json: inout JSONWriter) throws {
        try json.object { json in
            try json.member("type", reference.kind.pluginID)
            try json.member("uid", reference.uid)
        }
    }

    /// Writes a Prometheus or Loki query, in the code editor's form, on the data source `datasource`.
    static func write(_ target: ResolvedTarget, on datasource: DatasourceReference, to json: inout JSONWriter) throws {
        try json.object { json in
            try json.member("datasource") { json in try write(datasource, to: &json) }
            try json.member("editorMode", "code")
            try json.member("expr", target.text)
            switch target.language {
            case .logQL:
                try json.member("queryType", "range")
            case .promQL:
                try json.member("format", target.format.rawValue)
                try json.member("instant", target.instant)
                try json.member("legendFormat", target.legendFormat ?? "__auto")
                try json.member("range", !target.instant)
            }
            try json.member("refId", target.refID)
        }
    }
}
