import VigilDSL

/// A template variable as Grafana's classic JSON model. A query variable's query is written in its plain
/// string form, which Grafana reads as its Prometheus query and which the JSON schema accepts.
enum VariableJSON {
    /// Grafana's `hide` value: shown with its label, or not shown at all.
    static func hide(_ variable: Variable) -> Int {
        if case .constant = variable.source { return 2 }
        return variable.hidden ? 2 : 0
    }

    static func variable(_ resolved: ResolvedVariable) -> JSONValue {
        let variable = resolved.variable
        var json: JSONObject = [
            "hide": .int(hide(variable)),
            "name": .string(variable.name),
            "query": .string(resolved.query),
            "skipUrlSync": false,
        ]
        json["label"] = variable.label.map(JSONValue.string)
        json["datasource"] = resolved.datasource.map(PanelJSON.datasource)
        switch variable.source {
        case .labelValues, .queryResult:
            json["type"] = "query"
            json["definition"] = .string(resolved.query)
            json["refresh"] = 2
            json["sort"] = 1
            json["options"] = []
            if case .queryResult(_, let regex) = variable.source { json["regex"] = .string(regex ?? "") }
            if case .labelValues = variable.source { json["regex"] = "" }
            json.merge(choice(variable, values: []))
        case .custom(let values):
            json["type"] = "custom"
            json.merge(choice(variable, values: values))
        case .interval(let intervals, let auto):
            json["type"] = "interval"
            json["auto"] = .bool(auto)
            json["auto_count"] = 30
            json["auto_min"] = "10s"
            json["refresh"] = 2
            json.merge(choice(variable, values: intervals.map(\.grafanaInterval)))
            if auto {
                // Grafana lists the automatic interval first, valued by a variable of its own.
                let automatic: JSONValue = [
                    "selected": false, "text": "auto", "value": .string("$__auto_interval_\(variable.name)"),
                ]
                json["options"] = .array([automatic] + (json["options"].map { $0.elements } ?? []))
            }
        case .datasource(let kind):
            json["type"] = "datasource"
            json["regex"] = ""
            json["refresh"] = 1
            json["options"] = []
            json["multi"] = false
            json["includeAll"] = false
            json["current"] = ["text": .string(kind.displayName), "value": .string(kind.uid)]
        case .constant(let value):
            json["type"] = "constant"
            json["current"] = option(value, selected: true)
            json["options"] = [option(value, selected: true)]
        }
        return .object(json)
    }

    /// The fields of a variable the reader chooses values of: multi-value and "All" settings, the options
    /// when they are known in advance, and the current choice (All, or the first option).
    static func choice(_ variable: Variable, values: [String]) -> JSONObject {
        var json: JSONObject = [
            "includeAll": .bool(variable.includeAll),
            "multi": .bool(variable.multi),
        ]
        if variable.includeAll {
            json["allValue"] = ".*"
        }
        if !values.isEmpty {
            json["options"] = .array(values.enumerated().map { option($1, selected: $0 == 0 && !variable.includeAll) })
        }
        let current: (text: String, value: String)? =
            variable.includeAll ? ("All", "$__all") : values.first.map { ($0, $0) }
        if let current {
            json["current"] =
                variable.multi
                ? ["text": [.string(current.text)], "value": [.string(current.value)]]
                : ["text": .string(current.text), "value": .string(current.value)]
        }
        return json
    }

    static func option(_ value: String, selected: Bool) -> JSONValue {
        ["selected": .bool(selected), "text": .string(value), "value": .string(value)]
    }
}
