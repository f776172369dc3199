import VigilModel
import YAMLKit

/// Renders `kubernetes/`: the stack's `PrometheusRule`s, `ServiceMonitor`s, `PodMonitor`s and `ScrapeConfig`s
/// (labelled for the operator's selectors), the exporters it runs as Deployments and Services with their
/// `ServiceMonitor`s and blackbox `Probe`s, its routing as an `AlertmanagerConfig` or as a configuration Secret, Grafana's
/// ConfigMaps, a `kustomization.yaml` listing them all, for `kubectl apply -k`, and kube-prometheus-stack values
/// (``KubePrometheusStackValues``). No credential is written: objects name the Secrets that hold them
/// (``KubernetesSecret``), and the configuration Secret names files only.
public struct KubernetesEmitter: ArtefactEmitter {
    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        guard let kubernetes = stack.kubernetes else { return [] }
        let stack = stack.deployedOnKubernetes
        let objects = try Self.objects(of: stack, namespace: kubernetes.namespace, labels: kubernetes.selectorLabels)
        let files = try objects.map { try $0.file(namespace: kubernetes.namespace, stack: stack.name) }
        let kustomization = try GeneratedYAML.file(
            "\(KubernetesObject.folder)/kustomization.yaml",
            [
                "apiVersion": "kustomize.config.k8s.io/v1beta1",
                "kind": "Kustomization",
                "namespace": .string(kubernetes.namespace),
                "resources": .sequence(objects.map { .string($0.fileName) }),
            ],
            comment: ["The '\(stack.name)' stack on Kubernetes: kubectl apply -k ."])
        let values = try KubePrometheusStackValues.file(of: stack, kubernetes: kubernetes)
        return files + [kustomization, values]
    }

    /// Every object, in a fixed order: rules, scrapes, the exporters' monitors and probes, routing, Grafana's,
    /// then the exporters' workloads.
    static func objects(of stack: ResolvedStack, namespace: String, labels: [Label]) throws -> [KubernetesObject] {
        PrometheusRuleObjects.objects(of: stack, labels: labels) + ScrapeObjects.objects(of: stack, labels: labels)
            + ExporterMonitors.objects(of: stack, namespace: namespace, labels: labels)
            + AlertmanagerConfigObjects.objects(of: stack, labels: labels)
            + (try AlertmanagerSecretObjects.objects(of: stack)) + (try GrafanaObjects.objects(of: stack))
            + ExporterWorkloads.objects(of: stack)
    }
}
