import VigilModel
import YAMLKit

/// Renders `alertmanager/alertmanager.yml` (routing tree, receivers with `*_file` secrets, inhibitions, time
/// intervals) and copies the notification templates into `alertmanager/templates/`.
public struct AlertmanagerConfigEmitter: ArtefactEmitter {
    /// The path of the configuration inside the stack folder.
    public static let path = "alertmanager/alertmanager.yml"
    /// The templates' folder, relative to the configuration (Alertmanager resolves it from there, in the
    /// container and for amtool alike, so that `amtool check-config` parses them too).
    static let templatesFolder = "templates"

    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        guard let alertmanager = stack.alertmanager else { return [] }
        var config = YAMLMapping()
        config.append("global", ["resolve_timeout": .string(alertmanager.resolveTimeout.description)])
        if !alertmanager.templates.files.isEmpty {
            config.append(
                "templates", .sequence(alertmanager.templates.paths.map { .string("\(Self.templatesFolder)/\($0)") }))
        }
        config.append("route", .mapping(route(alertmanager.root)))
        if !alertmanager.inhibitions.isEmpty {
            config.append("inhibit_rules", .sequence(alertmanager.inhibitions.map { .mapping(inhibitRule($0)) }))
        }
        config.append("receivers", .sequence(alertmanager.receivers.map { .mapping(receiver($0)) }))
        if !alertmanager.schedules.isEmpty {
            config.append("time_intervals", .sequence(alertmanager.schedules.map { .mapping($0.yaml) }))
        }
        let file = try GeneratedYAML.file(
            Self.path, .mapping(config),
            comment: [
                "Alertmanager configuration of the '\(stack.name)' stack.",
                "Written for Alertmanager \(alertmanager.requiredVersion) and later.",
            ])
        let templates = alertmanager.templates.files.sorted { $0.key < $1.key }.map { path, contents in
            OutputFile(path: "alertmanager/\(Self.templatesFolder)/\(path)", contents: contents)
        }
        return [file] + templates
    }

    func route(_ route: ResolvedRoute) -> YAMLMapping {
        var mapping = YAMLMapping()
        mapping.append("receiver", .string(route.receiver))
        if !route.matchers.isEmpty {
            mapping.append("matchers", matchers(route.matchers))
        }
        mapping.append("group_by", route.groupBy.map { .sequence($0.map { .string($0.name) }) })
        mapping.append("group_wait", route.groupWait.map { .string($0.description) })
        mapping.append("group_interval", route.groupInterval.map { .string($0.description) })
        mapping.append("repeat_interval", route.repeatInterval.map { .string($0.description) })
        if route.continues {
            mapping.append("continue", true)
        }
        if !route.mutedDuring.isEmpty {
            mapping.append("mute_time_intervals", .sequence(route.mutedDuring.map(YAMLNode.string)))
        }
        if !route.activeDuring.isEmpty {
            mapping.append("active_time_intervals", .sequence(route.activeDuring.map(YAMLNode.string)))
        }
        if !route.routes.isEmpty {
            mapping.append("routes", .sequence(route.routes.map { .mapping(self.route($0)) }))
        }
        return mapping
    }

    func inhibitRule(_ inhibit: Inhibit) -> YAMLMapping {
        var mapping = YAMLMapping()
        mapping.append("source_matchers", matchers(inhibit.source))
        mapping.append("target_matchers", matchers(inhibit.target))
        if !inhibit.equal.isEmpty {
            mapping.append("equal", .sequence(inhibit.equal.map { .string($0.name) }))
        }
        return mapping
    }

    func receiver(_ receiver: Receiver) -> YAMLMapping {
        var mapping = YAMLMapping()
        mapping.append("name", .string(receiver.name))
        var configs: [(key: String, value: [YAMLNode])] = []
        for integration in receiver.integrations {
            let (key, config) = integration.yaml
            if let index = configs.firstIndex(where: { $0.key == key }) {
                configs[index].value.append(.mapping(config))
            } else {
                configs.append((key, [.mapping(config)]))
            }
        }
        for (key, values) in configs {
            mapping.append(key, .sequence(values))
        }
        return mapping
    }

    func matchers(_ matchers: [Matcher]) -> YAMLNode {
        .sequence(matchers.map { .string($0.description) })
    }
}
