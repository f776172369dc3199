import YAMLKit

/// Renders `prometheus/rules/<service>.yml`: one rule group per service, its recording rules first, then its
/// alerts, in declaration order.
public struct RuleFilesEmitter: ArtefactEmitter {
    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        // Grouped once: filtering every rule for every group made this quadratic in the number of services.
        let recordsByGroup = Dictionary(grouping: stack.recordingRules, by: \.group)
        let alertsByGroup = Dictionary(grouping: stack.alerts, by: \.group)
        return try stack.ruleGroups.map { group in
            var mapping = YAMLMapping()
            mapping.append("name", .string(group.name))
            mapping.append("interval", group.interval.map { .string($0.description) })
            let records = (recordsByGroup[group.name] ?? []).map(record)
            let alerts = (alertsByGroup[group.name] ?? []).map(alert)
            mapping.append("rules", .sequence(records + alerts))
            return try GeneratedYAML.file(
                group.path, ["groups": [.mapping(mapping)]],
                comment: ["Rules of the '\(group.name)' service in the '\(stack.name)' stack."])
        }
    }

    func record(_ rule: ResolvedRecordingRule) -> YAMLNode {
        var mapping = YAMLMapping()
        mapping.append("record", .string(rule.name))
        mapping.append("expr", .string(Self.promQL(rule.expression)))
        if !rule.labels.isEmpty {
            mapping.append(
                "labels", .mapping(YAMLMapping(rule.labels.map { .init(key: $0.name, value: .string($0.value)) })))
        }
        return .mapping(mapping)
    }

    func alert(_ alert: ResolvedAlert) -> YAMLNode {
        var mapping = YAMLMapping()
        mapping.append("alert", .string(alert.name))
        mapping.append("expr", alert.expression.map { .string(Self.promQL($0)) })
        mapping.append("for", alert.duration.map { .string($0.description) })
        mapping.append("keep_firing_for", alert.keepFiringFor.map { .string($0.description) })
        mapping.append(
            "labels", .mapping(YAMLMapping(alert.labels.map { .init(key: $0.name, value: .string($0.value)) })))
        if !alert.annotations.isEmpty {
            mapping.append(
                "annotations",
                .mapping(YAMLMapping(alert.annotations.map { .init(key: $0.key, value: .string($0.value)) })))
        }
        return .mapping(mapping)
    }

    /// The canonical PromQL of an expression (validation has made sure it parsed).
    static func promQL(_ expression: ResolvedExpression) -> String {
        expression.tree?.description ?? expression.rawText ?? ""
    }
}
