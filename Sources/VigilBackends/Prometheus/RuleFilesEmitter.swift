import VigilModel
import YAMLKit

/// Renders `prometheus/rules/<service>.yml`: one rule group per service (an SLO's file holds the groups of its
/// long windows too), its recording rules first, then its alerts, in declaration order. A label the group sets is written once, on the group, unless a rule gives it
/// another value.
public struct RuleFilesEmitter: ArtefactEmitter {
    /// Creates the emitter.
    public init() {}

    /// One rule file: its path, the name of its first group and its `groups` entries.
    struct RuleFile {
        /// The path below the stack folder.
        var path: String
        /// The name of its first group (its service's).
        var name: String
        /// Its `groups` entries, in order.
        var groups: [YAMLNode]
    }

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        try ruleFiles(of: stack).map { file in
            try GeneratedYAML.file(
                file.path, ["groups": .sequence(file.groups)],
                comment: ["Rules of the '\(file.name)' service in the '\(stack.name)' stack."])
        }
    }

    /// The stack's rule files with their groups rendered, in the order of their first group; the Kubernetes
    /// target writes the same groups into its `PrometheusRule` objects.
    func ruleFiles(of stack: ResolvedStack) -> [RuleFile] {
        // Grouped once: filtering every rule for every group made this quadratic in the number of services.
        let recordsByGroup = Dictionary(grouping: stack.recordingRules, by: \.group)
        let alertsByGroup = Dictionary(grouping: stack.alerts, by: \.group)
        let paths = stack.ruleGroups.map(\.path).uniqued
        let groupsByPath = Dictionary(grouping: stack.ruleGroups, by: \.path)
        return paths.map { path in
            let groups = groupsByPath[path] ?? []
            let nodes = groups.map { group in
                var mapping = YAMLMapping()
                mapping.append("name", .string(group.name))
                mapping.append("interval", group.interval.map { .string($0.description) })
                mapping.append("query_offset", group.queryOffset.map { .string($0.description) })
                if !group.labels.isEmpty {
                    mapping.append("labels", Self.labels(group.labels))
                }
                let inherited = Set(group.labels)
                let records = (recordsByGroup[group.name] ?? []).map { record($0, inheriting: inherited) }
                let alerts = (alertsByGroup[group.name] ?? []).map { alert($0, inheriting: inherited) }
                mapping.append("rules", .sequence(records + alerts))
                return YAMLNode.mapping(mapping)
            }
            return RuleFile(path: path, name: groups.first?.name ?? path, groups: nodes)
        }
    }

    func record(_ rule: ResolvedRecordingRule, inheriting inherited: Set<Label>) -> YAMLNode {
        var mapping = YAMLMapping()
        mapping.append("record", .string(rule.name))
        mapping.append("expr", .string(Self.promQL(rule.expression)))
        let own = rule.labels.filter { !inherited.contains($0) }
        if !own.isEmpty {
            mapping.append("labels", Self.labels(own))
        }
        return .mapping(mapping)
    }

    func alert(_ alert: ResolvedAlert, inheriting inherited: Set<Label>) -> YAMLNode {
        var mapping = YAMLMapping()
        mapping.append("alert", .string(alert.name))
        mapping.append("expr", alert.expression.map { .string(Self.promQL($0)) })
        mapping.append("for", alert.duration.map { .string($0.description) })
        mapping.append("keep_firing_for", alert.keepFiringFor.map { .string($0.description) })
        mapping.append("labels", Self.labels(alert.labels.filter { !inherited.contains($0) }))
        if !alert.annotations.isEmpty {
            mapping.append(
                "annotations",
                .mapping(YAMLMapping(alert.annotations.map { .init(key: $0.key, value: .string($0.value)) })))
        }
        return .mapping(mapping)
    }

    /// A `labels` mapping, in the order given.
    static func labels(_ labels: [Label]) -> YAMLNode {
        .mapping(YAMLMapping(labels.map { .init(key: $0.name, value: .string($0.value)) }))
    }

    /// The canonical PromQL of an expression (validation has made sure it parsed).
    static func promQL(_ expression: ResolvedExpression) -> String {
        expression.tree?.description ?? expression.rawText ?? ""
    }
}
