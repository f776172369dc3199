import VigilDSL
import YAMLKit

/// A Prometheus rule file as the SLO benchmark reads it: its groups, each with its evaluation interval (when it
/// sets one) and its rules. Read from what Vigil's compiler emits and from the Sloth and Pyrra rule files, and
/// written again with some of the rules for a backfill pass.
struct RuleFile: Sendable {
    /// A rule group.
    struct Group: Sendable {
        /// Its name.
        var name: String
        /// How often it is evaluated; the server's evaluation interval when `nil`.
        var interval: Duration?
        /// Its rules, in order.
        var rules: [Rule]
    }

    /// A recording or alerting rule.
    struct Rule: Sendable {
        /// The series it records; `nil` for an alert.
        var record: String?
        /// The alert's name; `nil` for a recording rule.
        var alert: String?
        /// The PromQL expression as written.
        var expression: String
        /// The labels it sets, in order.
        var labels: [(name: String, value: String)]
        /// An alert's `for`, as written.
        var duration: String?
    }

    /// A rule file that cannot be read.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// The groups, in order.
    var groups: [Group]

    /// Every group of `text`, a rule file's YAML.
    init(yaml text: String) throws {
        let root = try YAMLParser().parse(text)
        guard let groups = root["groups"]?.sequenceValue else { throw Malformed(description: "no 'groups' list") }
        self.groups = try groups.map(Self.group)
    }

    /// A file of the given groups.
    init(groups: [Group]) {
        self.groups = groups
    }

    static func group(_ node: YAMLNode) throws -> Group {
        guard let name = node["name"]?.stringValue else { throw Malformed(description: "a group without a name") }
        var interval: Duration?
        if let text = node["interval"]?.stringValue {
            guard let parsed = Duration(parsing: text) else {
                throw Malformed(description: "group '\(name)': interval '\(text)' is not a duration")
            }
            interval = parsed
        }
        let rules = try (node["rules"]?.sequenceValue ?? []).map { rule in
            guard let expression = scalar(rule["expr"]) else {
                throw Malformed(description: "group '\(name)': a rule without an expression")
            }
            let labels = (rule["labels"]?.mappingValue ?? YAMLMapping()).map { entry in
                (name: entry.key, value: scalar(entry.value) ?? "")
            }
            return Rule(
                record: rule["record"]?.stringValue, alert: rule["alert"]?.stringValue, expression: expression,
                labels: labels, duration: scalar(rule["for"]))
        }
        return Group(name: name, interval: interval, rules: rules)
    }

    /// A scalar's text, whatever YAML typed it as (a label `tier: 2` is the string `2`).
    static func scalar(_ node: YAMLNode?) -> String? {
        switch node {
        case .string(let text): text
        case .int(let value): String(value)
        case .float(let value): String(value)
        case .bool(let value): String(value)
        default: nil
        }
    }

    /// The file as YAML, each group with its interval and its rules' record or alert, expression and labels.
    func yaml() throws -> String {
        let groups = groups.map { group -> YAMLNode in
            var mapping = YAMLMapping()
            mapping.append("name", .string(group.name))
            mapping.append("interval", group.interval.map { .string($0.description) })
            let rules = group.rules.map { rule -> YAMLNode in
                var entry = YAMLMapping()
                entry.append("record", rule.record.map { .string($0) })
                entry.append("alert", rule.alert.map { .string($0) })
                entry.append("expr", .string(rule.expression))
                entry.append("for", rule.duration.map { .string($0) })
                if !rule.labels.isEmpty {
                    entry.append(
                        "labels",
                        .mapping(YAMLMapping(rule.labels.map { .init(key: $0.name, value: .string($0.value)) })))
                }
                return .mapping(entry)
            }
            mapping.append("rules", .sequence(rules))
            return .mapping(mapping)
        }
        return try YAMLEmitter().emit(.mapping(["groups": .sequence(groups)]))
    }
}
