import YAMLKit

/// What the Prometheus Operator makes of an `AlertmanagerConfig` object, written as the tests need it: the
/// object merged into the operator's default Alertmanager configuration (a root route to the receiver `null`),
/// as the operator (v0.93, `OnNamespace` matcher strategy) merges it:
///
/// - the object's route becomes the first route below the root, with `namespace="<namespace>"` appended to its
///   matchers and `continue: true`;
/// - every receiver and time interval is renamed `<namespace>/<object>/<name>`, and so is every route's
///   reference to one;
/// - each inhibition gets `namespace="<namespace>"` appended to its source and its target matchers;
/// - matchers become Alertmanager's `name="value"` strings, fields their snake_case keys, schedules
///   `mute_time_intervals` entries, and each `secretKeyRef` the Secret's value, which the operator reads from
///   the cluster and writes into the configuration (here a stand-in value per Secret and key).
enum OperatorTranslation {
    /// The root route's receiver in the operator's default configuration.
    static let nullReceiver = "null"

    /// The Alertmanager configuration the operator generates from `object` (an `AlertmanagerConfig`), whose
    /// notification templates are at `templates` (a glob).
    static func configuration(of object: YAMLNode, templates: String, resolveTimeout: String = "5m") throws
        -> YAMLNode
    {
        guard let namespace = object["metadata"]?["namespace"]?.stringValue,
            let name = object["metadata"]?["name"]?.stringValue, let spec = object["spec"],
            let route = spec["route"]
        else { throw YAMLError(message: "not an AlertmanagerConfig with a route") }
        let prefix = "\(namespace)/\(name)/"
        let namespaceMatcher = matcher(name: "namespace", value: namespace, type: "=")
        var top = self.route(route, prefix: prefix)
        var matchers = top["matchers"]?.sequenceValue ?? []
        matchers.append(.string(namespaceMatcher))
        top = replacing("matchers", with: .sequence(matchers), in: top)
        top = replacing("continue", with: true, in: top)
        var configuration = YAMLMapping()
        configuration.append("global", ["resolve_timeout": .string(resolveTimeout)])
        configuration.append("templates", [.string(templates)])
        configuration.append("route", ["receiver": .string(nullReceiver), "routes": [top]])
        let inhibitions = (spec["inhibitRules"]?.sequenceValue ?? []).map { rule -> YAMLNode in
            var mapping = YAMLMapping()
            for (from, to) in [("sourceMatch", "source_matchers"), ("targetMatch", "target_matchers")] {
                let converted = (rule[from]?.sequenceValue ?? []).map { YAMLNode.string(self.matcher($0)) }
                mapping.append(to, .sequence(converted + [.string(namespaceMatcher)]))
            }
            mapping.append("equal", rule["equal"])
            return .mapping(mapping)
        }
        if !inhibitions.isEmpty {
            configuration.append("inhibit_rules", .sequence(inhibitions))
        }
        let receivers = (spec["receivers"]?.sequenceValue ?? []).map { receiver(of: $0, prefix: prefix) }
        configuration.append("receivers", .sequence([["name": .string(nullReceiver)]] + receivers))
        let intervals = (spec["muteTimeIntervals"]?.sequenceValue ?? []).map { timeInterval(of: $0, prefix: prefix) }
        if !intervals.isEmpty {
            configuration.append("mute_time_intervals", .sequence(intervals))
        }
        return .mapping(configuration)
    }

    /// A route of the object and the routes below it, names prefixed.
    static func route(_ route: YAMLNode, prefix: String) -> YAMLNode {
        guard case .mapping(let fields) = route else { return route }
        var mapping = YAMLMapping()
        for field in fields {
            switch field.key {
            case "receiver": mapping.append("receiver", .string(prefix + (field.value.stringValue ?? "")))
            case "matchers":
                mapping.append("matchers", .sequence((field.value.sequenceValue ?? []).map { .string(matcher($0)) }))
            case "muteTimeIntervals", "activeTimeIntervals":
                mapping.append(
                    snakeCase(field.key),
                    .sequence((field.value.sequenceValue ?? []).map { .string(prefix + ($0.stringValue ?? "")) }))
            case "routes":
                mapping.append(
                    "routes", .sequence((field.value.sequenceValue ?? []).map { self.route($0, prefix: prefix) }))
            default: mapping.append(snakeCase(field.key), field.value)
            }
        }
        return .mapping(mapping)
    }

    /// A matcher object (`{name, value, matchType}`) as Alertmanager's string.
    static func matcher(_ node: YAMLNode) -> String {
        matcher(
            name: node["name"]?.stringValue ?? "", value: node["value"]?.stringValue ?? "",
            type: node["matchType"]?.stringValue ?? "=")
    }

    static func matcher(name: String, value: String, type: String) -> String {
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\(name)\(type)\"\(escaped)\""
    }

    /// A receiver with its name prefixed and each integration's fields converted.
    static func receiver(of node: YAMLNode, prefix: String) -> YAMLNode {
        guard case .mapping(let fields) = node else { return node }
        var mapping = YAMLMapping()
        for field in fields {
            if field.key == "name" {
                mapping.append("name", .string(prefix + (field.value.stringValue ?? "")))
                continue
            }
            let configs = (field.value.sequenceValue ?? []).map { integration(of: $0, kind: field.key) }
            mapping.append(snakeCase(field.key), .sequence(configs))
        }
        return .mapping(mapping)
    }

    /// An integration's fields as Alertmanager's keys; the few the operator renames are renamed too.
    static func integration(of node: YAMLNode, kind: String) -> YAMLNode {
        guard case .mapping(let fields) = node else { return node }
        var mapping = YAMLMapping()
        for field in fields {
            switch (kind, field.key) {
            case ("discordConfigs", "apiURL"): mapping.append("webhook_url", value(field.value, url: true))
            case ("webhookConfigs", "urlSecret"): mapping.append("url", value(field.value, url: true))
            case ("emailConfigs", "headers"):
                let headers = (field.value.sequenceValue ?? []).map {
                    YAMLMapping.Entry(key: $0["key"]?.stringValue ?? "", value: $0["value"] ?? .null)
                }
                mapping.append("headers", .mapping(YAMLMapping(headers)))
            case (_, "httpConfig"): mapping.append("http_config", httpConfig(field.value))
            default:
                let key = snakeCase(field.key)
                mapping.append(key, value(field.value, url: key.hasSuffix("url")))
            }
        }
        return .mapping(mapping)
    }

    static func httpConfig(_ node: YAMLNode) -> YAMLNode {
        guard case .mapping(let fields) = node else { return node }
        var mapping = YAMLMapping()
        for field in fields {
            guard case .mapping(let inner) = field.value else {
                mapping.append(snakeCase(field.key), field.value)
                continue
            }
            mapping.append(
                snakeCase(field.key),
                .mapping(YAMLMapping(inner.map { .init(key: $0.key, value: value($0.value, url: false)) })))
        }
        return .mapping(mapping)
    }

    /// A field's value, a `secretKeyRef` (`{name, key}`) replaced by a stand-in for the Secret's value: a URL
    /// where the field is one.
    static func value(_ node: YAMLNode, url: Bool) -> YAMLNode {
        guard case .mapping(let fields) = node, Set(fields.map(\.key)) == ["name", "key"],
            let name = node["name"]?.stringValue, let key = node["key"]?.stringValue
        else { return node }
        return .string(url ? "https://secret.invalid/\(name)/\(key)" : "\(name)-\(key)-value")
    }

    /// A `muteTimeIntervals` entry as a `mute_time_intervals` one, its name prefixed.
    static func timeInterval(of node: YAMLNode, prefix: String) -> YAMLNode {
        let intervals = (node["timeIntervals"]?.sequenceValue ?? []).map { interval -> YAMLNode in
            guard case .mapping(let fields) = interval else { return interval }
            var mapping = YAMLMapping()
            for field in fields {
                switch field.key {
                case "times":
                    mapping.append(
                        "times",
                        .sequence(
                            (field.value.sequenceValue ?? []).map {
                                ["start_time": $0["startTime"] ?? .null, "end_time": $0["endTime"] ?? .null]
                            }))
                case "daysOfMonth":
                    mapping.append(
                        "days_of_month",
                        .sequence(
                            (field.value.sequenceValue ?? []).map { range in
                                let start = range["start"]?.intValue ?? 0
                                let end = range["end"]?.intValue ?? start
                                return .string(start == end ? "\(start)" : "\(start):\(end)")
                            }))
                default: mapping.append(snakeCase(field.key), field.value)
                }
            }
            return .mapping(mapping)
        }
        return ["name": .string(prefix + (node["name"]?.stringValue ?? "")), "time_intervals": .sequence(intervals)]
    }

    /// `sendResolved` as `send_resolved`, `apiURL` as `api_url`, `msteamsv2Configs` as `msteamsv2_configs`.
    static func snakeCase(_ key: String) -> String {
        let characters = Array(key)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                    result.append("_")
                }
            }
            result.append(contentsOf: character.lowercased())
        }
        return result
    }

    /// `mapping` with `key` set to `value`, in place or appended.
    static func replacing(_ key: String, with value: YAMLNode, in node: YAMLNode) -> YAMLNode {
        guard case .mapping(let fields) = node else { return node }
        var mapping = YAMLMapping()
        var found = false
        for field in fields {
            if field.key == key {
                mapping.append(key, value)
                found = true
            } else {
                mapping.append(field.key, field.value)
            }
        }
        if !found {
            mapping.append(key, value)
        }
        return .mapping(mapping)
    }
}
