import VigilDSL

/// A panel as Grafana's classic JSON model: its position, options, field configuration and targets.
enum PanelJSON {
    static func panel(_ resolved: ResolvedPanel) -> JSONValue {
        let panel = resolved.panel
        var json: JSONObject = [:]
        json["datasource"] = resolved.datasource.map(datasource)
        json["description"] = panel.description.map(JSONValue.string)
        json["fieldConfig"] = [
            "defaults": FieldConfigJSON.defaults(of: panel),
            "overrides": .array(panel.overrides.map(FieldConfigJSON.override)),
        ]
        json["gridPos"] = gridPosition(resolved.position)
        json["id"] = .int(resolved.id)
        json["options"] = panel.kind.options(of: panel)
        json["pluginVersion"] = .string(GrafanaRelease.pluginVersion)
        json["targets"] = resolved.datasource.map { datasource in
            .array(resolved.targets.map { target($0, on: datasource) })
        }
        json["title"] = .string(panel.title)
        json["type"] = .string(panel.kind.pluginID)
        return .object(json)
    }

    static func gridPosition(_ position: GridPosition) -> JSONValue {
        ["h": .int(position.height), "w": .int(position.width), "x": .int(position.x), "y": .int(position.y)]
    }

    static func datasource(_ reference: DatasourceReference) -> JSONValue {
        ["type": .string(reference.kind.pluginID), "uid": .string(reference.uid)]
    }

    /// A Prometheus or Loki query, in the code editor's form.
    static func target(_ target: ResolvedTarget, on datasource: DatasourceReference) -> JSONValue {
        switch target.language {
        case .logQL:
            return [
                "datasource": self.datasource(datasource),
                "editorMode": "code",
                "expr": .string(target.text),
                "queryType": "range",
                "refId": .string(target.refID),
            ]
        case .promQL:
            return [
                "datasource": self.datasource(datasource),
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
