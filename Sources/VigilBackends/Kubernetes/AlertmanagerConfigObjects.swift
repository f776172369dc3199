import VigilModel
import YAMLKit

/// The stack's routing as one `AlertmanagerConfig` (monitoring.coreos.com/v1alpha1) named after the stack: the
/// routing tree, the receivers (``Integration/alertmanagerConfig``), the inhibitions and the schedules, in the
/// object's camelCase fields. The operator merges it into its Alertmanager's configuration under a route that
/// matches `namespace="<namespace>"`, with every name prefixed `<namespace>/<object>/`; the README describes
/// that translation, and the tests apply it before running amtool and the routing tests.
enum AlertmanagerConfigObjects {
    /// The object, when the stack routes alerts and asks for an `AlertmanagerConfig`.
    static func objects(of stack: ResolvedStack, labels: [Label]) -> [KubernetesObject] {
        guard let alertmanager = stack.alertmanager, stack.kubernetes?.alertmanager == .alertmanagerConfig else {
            return []
        }
        var spec = YAMLMapping()
        spec.append("route", .mapping(route(alertmanager.root)))
        spec.append(
            "receivers",
            .sequence(
                alertmanager.receivers.map { receiver in
                    var mapping = YAMLMapping()
                    mapping.append("name", .string(receiver.name))
                    for (key, configs) in configs(of: receiver) {
                        mapping.append(key, .sequence(configs))
                    }
                    return .mapping(mapping)
                }))
        if !alertmanager.inhibitions.isEmpty {
            spec.append("inhibitRules", .sequence(alertmanager.inhibitions.map(inhibitRule)))
        }
        if !alertmanager.schedules.isEmpty {
            spec.append("muteTimeIntervals", .sequence(alertmanager.schedules.map(timeInterval)))
        }
        return [
            KubernetesObject(
                apiVersion: "monitoring.coreos.com/v1alpha1", kind: "AlertmanagerConfig", name: name(of: stack),
                labels: labels, body: ("spec", .mapping(spec)))
        ]
    }

    /// The object's name: the stack's, `_` as `-`.
    static func name(of stack: ResolvedStack) -> String { String(stack.name.map { $0 == "_" ? "-" : $0 }) }

    /// A route and the routes below it; the root's receiver is the default one.
    static func route(_ route: ResolvedRoute) -> YAMLMapping {
        var mapping = YAMLMapping()
        mapping.append("receiver", .string(route.receiver))
        if !route.matchers.isEmpty {
            mapping.append("matchers", matchers(route.matchers))
        }
        mapping.append("groupBy", route.groupBy.map { .sequence($0.map { .string($0.name) }) })
        mapping.append("groupWait", route.groupWait.map { .string($0.description) })
        mapping.append("groupInterval", route.groupInterval.map { .string($0.description) })
        mapping.append("repeatInterval", route.repeatInterval.map { .string($0.description) })
        if route.continues {
            mapping.append("continue", true)
        }
        if !route.mutedDuring.isEmpty {
            mapping.append("muteTimeIntervals", .sequence(route.mutedDuring.map(YAMLNode.string)))
        }
        if !route.activeDuring.isEmpty {
            mapping.append("activeTimeIntervals", .sequence(route.activeDuring.map(YAMLNode.string)))
        }
        if !route.routes.isEmpty {
            mapping.append("routes", .sequence(route.routes.map { .mapping(self.route($0)) }))
        }
        return mapping
    }

    /// Matchers as the object spells them: `{name, value, matchType}`.
    static func matchers(_ matchers: [Matcher]) -> YAMLNode {
        .sequence(
            matchers.map { matcher in
                [
                    "name": .string(matcher.label.name), "value": .string(matcher.value),
                    "matchType": .string(matcher.operator.rawValue),
                ]
            })
    }

    static func inhibitRule(_ inhibit: Inhibit) -> YAMLNode {
        var mapping = YAMLMapping()
        mapping.append("sourceMatch", matchers(inhibit.source))
        mapping.append("targetMatch", matchers(inhibit.target))
        if !inhibit.equal.isEmpty {
            mapping.append("equal", .sequence(inhibit.equal.map { .string($0.name) }))
        }
        return .mapping(mapping)
    }

    /// A schedule as a `muteTimeIntervals` entry, which routes name for muting and activating alike. The
    /// object has no time zone (KubernetesRules reports a schedule that has one).
    static func timeInterval(_ schedule: Schedule) -> YAMLNode {
        let intervals = schedule.periods.map { period -> YAMLNode in
            .mapping(
                Schedule.yaml(of: period, key: ScrapeObjects.camelCase) { days in
                    .sequence(Schedule.runs(days).map { ["start": .int($0.first), "end": .int($0.last)] })
                })
        }
        return ["name": .string(schedule.name), "timeIntervals": .sequence(intervals)]
    }

    /// The receiver's integrations grouped by their key (`slackConfigs`, ...), in order of first use; those the
    /// object cannot express are left out (KubernetesRules reports them).
    static func configs(of receiver: Receiver) -> [(key: String, configs: [YAMLNode])] {
        var configs: [(key: String, configs: [YAMLNode])] = []
        for case let (key, config)? in receiver.integrations.map(\.alertmanagerConfig) {
            if let index = configs.firstIndex(where: { $0.key == key }) {
                configs[index].configs.append(.mapping(config))
            } else {
                configs.append((key, [.mapping(config)]))
            }
        }
        return configs
    }
}
