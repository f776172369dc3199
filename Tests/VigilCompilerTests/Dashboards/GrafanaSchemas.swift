import Foundation
import Testing

/// Grafana's published JSON schemas (`../shared/reference/grafana-schemas/`, beside the package), applied as
/// its README composes them: the dashboard, each panel by type, each panel's options and custom field
/// options against its plugin's schema, each query against its data source's schema.
///
/// Three places where the schemas are stricter than Grafana are checked differently. An override
/// property's `value` and a field matcher's `options` are typed `object` in the schema, though Grafana
/// writes `{"id": "unit", "value": "s"}` and `{"id": "byName", "options": "errors"}`: each override
/// property's value is checked against the field option it sets instead, and each matcher's options against
/// the matcher's id. A table's `cellOptions` must match exactly one of nine alternatives whose `type`s all
/// accept every cell type, so no object can: it must match at least one instead (`anyOf`).
struct GrafanaSchemas {

    /// The panel plugins with a schema of their own, by plugin id.
    static let pluginSchemas = [
        "timeseries": "timeseries", "stat": "stat", "gauge": "gauge", "bargauge": "bargauge", "table": "table",
        "heatmap": "heatmap", "text": "text", "logs": "logs", "piechart": "piechart",
        "state-timeline": "statetimeline", "histogram": "histogram",
    ]

    /// The field matchers Grafana has whose options are a string.
    static let stringMatchers: Set<String> = ["byName", "byRegexp", "byType", "byFrameRefID"]

    let dashboard: JSONSchemaValidator
    let plugins: [String: JSONSchemaValidator]
    let prometheus: JSONSchemaValidator
    let loki: JSONSchemaValidator
    /// Every unit id of `units.jsonschema.json`.
    let unitIDs: Set<String>

    /// Loads the schemas; cancels (skips) the calling test when `../shared/reference/grafana-schemas` is absent.
    init(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try SharedReference.folder("grafana-schemas", sourceLocation: sourceLocation)
        func load(_ name: String) throws -> JSONDocument {
            try JSONDocument(contentsOf: folder.appendingPathComponent("\(name).jsonschema.json"))
        }
        let dashboardSchema = try load("dashboard")
            .replacing(["definitions", "DynamicConfigValue", "properties", "value"], with: .bool(true))
            .replacing(["definitions", "MatcherConfig", "properties", "options"], with: .bool(true))
        dashboard = JSONSchemaValidator(document: dashboardSchema)
        var plugins = try Self.pluginSchemas.mapValues { JSONSchemaValidator(document: try load($0)) }
        let cellOptions = plugins["table"]?.document["definitions"]?["TableCellOptions"]?["oneOf"] ?? .null
        plugins["table"] = plugins["table"].map {
            JSONSchemaValidator(
                document: $0.document.replacing(
                    ["definitions", "TableCellOptions"], with: .object(["anyOf": cellOptions])))
        }
        self.plugins = plugins
        prometheus = JSONSchemaValidator(document: try load("prometheus"))
        loki = JSONSchemaValidator(document: try load("loki"))
        unitIDs = Set(try load("units")["definitions"]?.members.values.compactMap { $0["const"]?.string } ?? [])
    }

    /// Every problem of a dashboard's JSON.
    func problems(in json: JSONDocument) -> [String] {
        var found = dashboard.problems(json, definition: "Dashboard")
        let panels = json["panels"]?.array ?? []
        for (index, panel) in (panels + panels.flatMap { $0["panels"]?.array ?? [] }).enumerated() {
            found += problems(inPanel: panel, at: "panel \(index) '\(panel["title"]?.string ?? "")'")
        }
        return found
    }

    /// The problems of one panel that the dashboard schema leaves open: its options, custom field options,
    /// overrides, units and queries.
    func problems(inPanel panel: JSONDocument, at path: String) -> [String] {
        guard let type = panel["type"]?.string, type != "row" else { return [] }
        guard let plugin = plugins[type] else { return ["\(path): no schema for panel type '\(type)'"] }
        var found = plugin.problems(panel["options"] ?? .null, definition: "Options", at: "\(path).options")
        let defaults = panel["fieldConfig"]?["defaults"]
        if let custom = defaults?["custom"] {
            found += plugin.problems(custom, definition: "FieldConfig", at: "\(path).fieldConfig.defaults.custom")
        }
        let units = [defaults?["unit"], panel["options"]?["yAxis"]?["unit"]].compactMap { $0?.string }
        found += units.filter { !unitIDs.contains($0) }.map { "\(path): unit '\($0)' is not a Grafana unit" }
        for (index, override) in (panel["fieldConfig"]?["overrides"]?.array ?? []).enumerated() {
            found += problems(inOverride: override, plugin: plugin, at: "\(path).fieldConfig.overrides[\(index)]")
        }
        for (index, target) in (panel["targets"]?.array ?? []).enumerated() {
            let targetPath = "\(path).targets[\(index)]"
            switch target["datasource"]?["type"]?.string {
            case "prometheus": found += prometheus.problems(target, definition: "Dataquery", at: targetPath)
            case "loki": found += loki.problems(target, definition: "dataquery", at: targetPath)
            default: found.append("\(targetPath): no schema for its data source")
            }
        }
        return found
    }

    /// An override's matcher options by matcher id, and each property's value against the field option it
    /// sets (`custom.x` against the plugin's field options).
    func problems(inOverride override: JSONDocument, plugin: JSONSchemaValidator, at path: String) -> [String] {
        var found: [String] = []
        let matcher = override["matcher"]?["id"]?.string ?? ""
        if !Self.stringMatchers.contains(matcher) || override["matcher"]?["options"]?.string == nil {
            found.append("\(path).matcher: '\(matcher)' is not a field matcher with text options")
        }
        for (index, property) in (override["properties"]?.array ?? []).enumerated() {
            let id = property["id"]?.string ?? ""
            let value = property["value"] ?? .null
            let propertyPath = "\(path).properties[\(index)]"
            if id.hasPrefix("custom.") {
                var schema = plugin.document["definitions"]?["FieldConfig"]
                if let reference = schema?["$ref"]?.string {
                    schema = plugin.document["definitions"]?[String(reference.dropFirst("#/definitions/".count))]
                }
                guard let option = schema?["properties"]?[String(id.dropFirst("custom.".count))] else {
                    found.append("\(propertyPath): '\(id)' is not a custom field option of this panel")
                    continue
                }
                found += plugin.problems(value, option, at: propertyPath)
            } else if let option = dashboard.document["definitions"]?["FieldConfig"]?["properties"]?[id] {
                found += dashboard.problems(value, option, at: propertyPath)
                if id == "unit", let unit = value.string, !unitIDs.contains(unit) {
                    found.append("\(propertyPath): unit '\(unit)' is not a Grafana unit")
                }
            } else {
                found.append("\(propertyPath): '\(id)' is not a field option")
            }
        }
        return found
    }
}

extension JSONDocument {
    /// The document with the value at `path` (object keys) replaced.
    func replacing(_ path: [String], with replacement: JSONDocument) -> JSONDocument {
        guard let key = path.first else { return replacement }
        var members = self.members
        members[key] = (members[key] ?? .object([:])).replacing(Array(path.dropFirst()), with: replacement)
        return .object(members)
    }
}
