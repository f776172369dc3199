import VigilModel
import YAMLKit

/// `kubernetes/values-kube-prometheus-stack.yaml`: the chart values that make kube-prometheus-stack's
/// operator pick the stack's objects up, for a release installed for this stack (`helm upgrade --install ...
/// -f`): Prometheus and Alertmanager at the images the stack pins, Prometheus selecting rules, ServiceMonitors, PodMonitors, Probes and ScrapeConfigs by the stack's labels, with its retention
/// and external labels; Alertmanager selecting the stack's `AlertmanagerConfig` (with the notification
/// templates and the resolve timeout, which that object cannot carry), or reading the stack's configuration
/// Secret and mounting the Secrets it reads. Not a Kubernetes object: the kustomization does not list it.
package enum KubePrometheusStackValues {
    /// The file's name inside `kubernetes/`.
    package static let fileName = "values-kube-prometheus-stack.yaml"
    /// The file below the stack folder.
    package static let path = "\(KubernetesObject.folder)/\(fileName)"

    /// The label every alert must carry for the `AlertmanagerConfig`'s routes, which the operator restricts to
    /// alerts of its namespace.
    static let namespaceLabel = "namespace"

    static func file(of stack: ResolvedStack, kubernetes: ResolvedKubernetes) throws -> OutputFile {
        let selector: YAMLNode = ["matchLabels": KubernetesObject.mapping(kubernetes.selectorLabels)]
        var prometheus = YAMLMapping()
        prometheus.append("image", imageValues(stack.prometheus.image))
        prometheus.append("ruleSelector", selector)
        prometheus.append("serviceMonitorSelector", selector)
        prometheus.append("podMonitorSelector", selector)
        prometheus.append("probeSelector", selector)
        prometheus.append("scrapeConfigSelector", selector)
        prometheus.append("retention", .string(stack.prometheus.retention.description))
        prometheus.append("retentionSize", retentionSize(of: stack).map(YAMLNode.string))
        // The features the compose target starts Prometheus with (`--enable-feature=`), which the rules may need.
        let features = stack.prometheus.features.map { YAMLNode.string($0.rawValue) }
        prometheus.append("enableFeatures", features.isEmpty ? nil : .sequence(features))
        var externalLabels = stack.prometheus.externalLabels
        if stack.alertmanager != nil, kubernetes.alertmanager == .alertmanagerConfig,
            !externalLabels.contains(where: { $0.name == namespaceLabel })
        {
            externalLabels = Label.sorted(
                Dictionary(
                    uniqueKeysWithValues: (externalLabels + [Label(namespaceLabel, kubernetes.namespace)]).map {
                        ($0.name, $0.value)
                    }))
        }
        if !externalLabels.isEmpty {
            prometheus.append("externalLabels", KubernetesObject.mapping(externalLabels))
        }
        if let replicaLabel = stack.prometheus.replicaLabel {
            // The operator names each replica in this external label and drops it from alerts itself.
            prometheus.append("replicas", .int(stack.prometheus.replicas.count))
            prometheus.append("replicaExternalLabelName", .string(replicaLabel))
        }
        if !stack.prometheus.remoteWrite.isEmpty {
            prometheus.append(
                "remoteWrite", .sequence(stack.prometheus.remoteWrite.map { remoteWrite($0, of: stack) }))
        }
        var values = YAMLMapping()
        values.append("prometheus", ["prometheusSpec": .mapping(prometheus)])
        values.append("alertmanager", alertmanager(of: stack, kubernetes: kubernetes, selector: selector))
        return try GeneratedYAML.file(
            "\(KubernetesObject.folder)/\(fileName)", .mapping(values),
            comment: [
                "kube-prometheus-stack values for the '\(stack.name)' stack, for a release in the namespace"
                    + " '\(kubernetes.namespace)':",
                "helm upgrade --install <release> prometheus-community/kube-prometheus-stack"
                    + " --namespace \(kubernetes.namespace) -f \(KubernetesObject.folder)/\(fileName)",
            ])
    }

    /// A remote write as the Prometheus object spells it (`spec.remoteWrite`), its credentials read from Secrets.
    static func remoteWrite(_ remote: RemoteWrite, of stack: ResolvedStack) -> YAMLNode {
        .mapping(
            PrometheusConfigEmitter().remoteWrite(
                remote,
                replicaRelabeling: remote.replicaRelabeling(
                    replicaLabel: stack.prometheus.replicaLabel, cluster: stack.name),
                key: ScrapeObjects.camelCase
            ) { mapping in
                ScrapeObjects.appendClient(remote.authorization, tls: remote.tls, to: &mapping)
            })
    }

    static func alertmanager(of stack: ResolvedStack, kubernetes: ResolvedKubernetes, selector: YAMLNode)
        -> YAMLNode?
    {
        guard let alertmanager = stack.alertmanager else { return nil }
        var values = YAMLMapping()
        var spec = YAMLMapping()
        spec.append("image", imageValues(alertmanager.image))
        switch kubernetes.alertmanager {
        case .alertmanagerConfig:
            values.append("config", ["global": ["resolve_timeout": .string(alertmanager.resolveTimeout.description)]])
            let templates = alertmanager.templates.files.sorted { $0.key < $1.key }.map {
                YAMLMapping.Entry(key: AlertmanagerSecretObjects.templateKey($0.key), value: .string($0.value))
            }
            if !templates.isEmpty {
                values.append("templateFiles", .mapping(YAMLMapping(templates)))
            }
            spec.append("alertmanagerConfigSelector", selector)
            spec.append("alertmanagerConfigMatcherStrategy", ["type": "OnNamespace"])
        case .configSecret(let name):
            spec.append("useExistingSecret", true)
            spec.append("configSecret", .string(name))
            let secrets = alertmanager.secrets.map { KubernetesSecret.name(of: $0) }.uniqued
            if !secrets.isEmpty {
                spec.append("secrets", .sequence(secrets.map(YAMLNode.string)))
            }
        }
        if let cluster = alertmanager.cluster {
            // The operator joins the pods of the StatefulSet into one cluster.
            spec.append("replicas", .int(cluster.peers))
        }
        values.append("alertmanagerSpec", .mapping(spec))
        return .mapping(values)
    }

    /// The registry of an image named without one.
    package static let defaultRegistry = "docker.io"

    /// An image as the chart's values spell it (`registry`, `repository`, `tag`): the release the compose target
    /// runs and the proving tools are, rather than the chart's own default.
    static func imageValues(_ image: ContainerImage) -> YAMLNode {
        let parts = image.repository.split(separator: "/", maxSplits: 1)
        let named = parts.count == 2 && parts[0].contains(".")
        return [
            "registry": .string(named ? String(parts[0]) : defaultRegistry),
            "repository": .string(named ? String(parts[1]) : image.repository), "tag": .string(image.tag),
        ]
    }

    /// The size limit of Prometheus's samples, when the stack sets one.
    static func retentionSize(of stack: ResolvedStack) -> String? {
        stack.prometheus.retentionSize.map { "\($0)" }
    }
}
