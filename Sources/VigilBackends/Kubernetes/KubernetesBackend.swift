import VigilModel

/// `kubernetes/`: the stack for a cluster running the Prometheus Operator (kube-prometheus-stack); its names,
/// namespace, labels and ports must be what Kubernetes accepts, and every scraped service must say how the
/// cluster finds it.
public struct KubernetesBackend: TargetBackend {
    public let target = OutputTarget.kubernetes
    public let emitters: [any ArtefactEmitter] = [KubernetesEmitter()]
    public let rules = KubernetesRules.onDeployedStack

    /// Creates the backend.
    public init() {}
}
