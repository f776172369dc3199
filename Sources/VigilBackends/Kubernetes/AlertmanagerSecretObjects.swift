import VigilModel
import YAMLKit

/// The stack's routing as a whole `alertmanager.yaml` in a Secret, for an Alertmanager that reads its
/// configuration from an existing Secret (kube-prometheus-stack's `alertmanagerSpec.useExistingSecret`): the
/// compose target's `alertmanager/alertmanager.yml` with its notification templates beside it, where the
/// operator mounts the Secret (`/etc/alertmanager/config/`), and every secret read from the Secrets the
/// operator mounts from `alertmanagerSpec.secrets` (`/etc/alertmanager/secrets/<Secret>/<key>`). The Secret
/// holds no credential: the configuration names files only.
enum AlertmanagerSecretObjects {
    /// The key of the configuration in the Secret, which the operator reads.
    static let configurationKey = "alertmanager.yaml"
    /// Where the operator mounts the configuration Secret in the Alertmanager container.
    static let configurationFolder = "/etc/alertmanager/config"
    /// Where the operator mounts each Secret of `alertmanagerSpec.secrets`, in a folder of its name.
    static let secretsFolder = "/etc/alertmanager/secrets"

    /// The Secret, when the stack routes alerts and asks for its configuration in a Secret.
    static func objects(of stack: ResolvedStack) throws -> [KubernetesObject] {
        guard let alertmanager = stack.alertmanager, case .configSecret(let name) = stack.kubernetes?.alertmanager,
            let file = try AlertmanagerConfigEmitter().emit(stack).first(where: {
                $0.path == AlertmanagerConfigEmitter.path
            })
        else { return [] }
        var replacements = Dictionary(uniqueKeysWithValues: alertmanager.secrets.map { ($0.path, path(of: $0)) })
        var data = YAMLMapping()
        var templates: [(key: String, contents: String)] = []
        for (path, contents) in alertmanager.templates.files.sorted(by: { $0.key < $1.key }) {
            let key = templateKey(path)
            replacements["\(AlertmanagerConfigEmitter.templatesFolder)/\(path)"] = "\(configurationFolder)/\(key)"
            templates.append((key, contents))
        }
        let configuration = replacing(try YAMLParser().parse(file.contents), replacements)
        let text = try YAMLEmitter().emit(
            configuration,
            header: [
                GeneratedYAML.header,
                "# Alertmanager configuration of the '\(stack.name)' stack on Kubernetes: alertmanager/alertmanager.yml",
                "# with its templates in \(configurationFolder)/ and its secrets below \(secretsFolder)/.",
            ])
        data.append(configurationKey, .string(text))
        for template in templates {
            data.append(template.key, .string(template.contents))
        }
        return [
            KubernetesObject(
                apiVersion: "v1", kind: "Secret", name: name, labels: [], body: ("stringData", .mapping(data)))
        ]
    }

    /// Where the Alertmanager container reads `secret`: its Secret mounted from `alertmanagerSpec.secrets`.
    static func path(of secret: Secret) -> String {
        "\(secretsFolder)/\(KubernetesSecret.name(of: secret))/\(secret.name)"
    }

    /// The Secret key of the template at `path` below the templates folder (a key has no `/`).
    static func templateKey(_ path: String) -> String {
        String(path.map { $0 == "/" ? "-" : $0 })
    }

    /// `node` with every string that is a key of `replacements` replaced by its value.
    static func replacing(_ node: YAMLNode, _ replacements: [String: String]) -> YAMLNode {
        switch node {
        case .string(let text): .string(replacements[text] ?? text)
        case .sequence(let elements): .sequence(elements.map { replacing($0, replacements) })
        case .mapping(let mapping):
            .mapping(YAMLMapping(mapping.map { .init(key: $0.key, value: replacing($0.value, replacements)) }))
        default: node
        }
    }
}
