import VigilDSL

/// A panel as Grafana's classic JSON model: its position, options, field configuration and targets.
enum PanelJSON {
    static func panel(_ resolved: ResolvedPanel) -> JSONValue {
        let panel = resolved.panel
        var json: JSONObject = [
            "fieldConfig": [
                "defaults": FieldConfigJSON.defaults(of: panel),
                "overrides": .array(panel.overrides.map(FieldConfigJSON.override)),
            ],
            "gridPos": gridPosition(resolved.position),
            "id": .int(resolved.id),
            "options": panel.kind.options(of: panel),
            "pluginVersion": .string(GrafanaRelease.pluginVersion),
            "title": .string(panel.title),
            "type": .string(panel.kind.pluginID),
        ]
        json["description"] = panel.description.map(JSONValue.string)
        if let reference = resolved.datasource {
            // The panel and each of its targets name the same data source: one value serves them all.
            let datasource = Self.datasource(reference)
            json["datasource"] = datasource
            json["targets"] = .array(resolved.targets.map { target($0, on: datasource) })
        }
        return .object(json)
    }

    static func gridPosition(_ position: GridPosition) -> JSONValue {
        ["h": .int(position.height), "w": .int(position.width), "x": .int(position.x), "y": .int(position.y)]
    }

    static func datasource(_ reference: DatasourceReference) -> JSONValue {
        ["type": .string(reference.kind.pluginID), "uid": .string(reference.uid)]
    }

    /// A Prometheus or Loki query, in the code editor's form, on the data source whose reference is `datasource`.
    static func target(_ target: ResolvedTarget, on datasource: JSONValue) -> JSONValue {
        switch target.language {
        case .logQL:
            return [
                "datasource": datasource,
                "editorMode": "code",
                "expr": .string(target.text),
                "queryType": "range",
                "refId": .string(target.refID),
            ]
        case .promQL:
            return [
                "datasource": datasource,
                "editorMode": "code",
                "expr": .string(target.text),
                "format": .string(target.format.rawValue),
                "instant": .bool(target.instant),
                "legendFormat": .string(target.legendFormat ?? "__auto"),
                "range": .bool(!target.instant),
                "refId": .string(target.refID),
            ]
        }
    }
}
