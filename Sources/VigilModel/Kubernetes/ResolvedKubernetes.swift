import VigilCore

/// The Kubernetes target's settings after lowering: where the stack's objects go and the labels the operator
/// selects them by.
public struct ResolvedKubernetes: Sendable {
    /// The namespace of every object.
    public var namespace: String
    /// The labels on every object the operator selects, sorted by name.
    public var selectorLabels: [Label]
    /// How the routing reaches the operator's Alertmanager.
    public var alertmanager: KubernetesRouting
    /// Where the settings were written (the stack, when they are the defaults).
    public var location: SourceLocation

    /// The label kube-prometheus-stack's Grafana sidecar loads dashboards from.
    package static let dashboardLabel = Label("grafana_dashboard", "1")
    /// The label kube-prometheus-stack's Grafana sidecar loads data sources from.
    package static let datasourceLabel = Label("grafana_datasource", "1")
    /// The annotation the Grafana sidecar (k8s-sidecar's default) reads a dashboard's folder from; Grafana shows
    /// it as a folder with the chart's `sidecar.dashboards.provider.foldersFromFilesStructure: true`.
    package static let folderAnnotation = "k8s-sidecar-target-directory"

    /// A value of these fields.
    package init(
        namespace: String, selectorLabels: [Label], alertmanager: KubernetesRouting, location: SourceLocation
    ) {
        self.namespace = namespace
        self.selectorLabels = selectorLabels
        self.alertmanager = alertmanager
        self.location = location
    }
}
