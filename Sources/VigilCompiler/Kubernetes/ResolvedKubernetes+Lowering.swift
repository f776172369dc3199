import VigilDSL
import VigilModel

extension ResolvedKubernetes {
    /// Lowers the settings.
    init(_ kubernetes: Kubernetes) {
        self.init(
            namespace: kubernetes.namespace, selectorLabels: Label.sorted(kubernetes.selectorLabels),
            alertmanager: kubernetes.alertmanager,
            location: kubernetes.location)
    }
}
