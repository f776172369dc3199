/// The Kubernetes target's settings: the namespace the stack's objects go to and the labels the Prometheus
/// Operator selects them by. Giving a stack these settings adds ``OutputTarget/kubernetes`` to its targets.
///
/// ```swift
/// Stack("shop", kubernetes: Kubernetes(namespace: "shop", release: "kube-prometheus-stack")) { ... }
/// ```
///
/// The defaults are kube-prometheus-stack's: its Prometheus selects `PrometheusRule`, `ServiceMonitor` and
/// `ScrapeConfig` objects labelled `release: <release>`, and its Grafana sidecars load ConfigMaps labelled
/// `grafana_dashboard: "1"` and `grafana_datasource: "1"`. The routing goes to the operator's Alertmanager as an
/// `AlertmanagerConfig` unless `alertmanager:` says otherwise (``KubernetesRouting``).
public struct Kubernetes: Sendable {
    /// The namespace every object is created in: a DNS label.
    public let namespace: String
    /// The Helm release of kube-prometheus-stack whose operator picks the objects up.
    public let release: String
    /// The labels the operator's `ruleSelector`, `serviceMonitorSelector` and `scrapeConfigSelector` match:
    /// `release: <release>` unless given.
    public let selectorLabels: [String: String]
    /// How the stack's Alertmanager routing reaches the operator's Alertmanager.
    public let alertmanager: KubernetesRouting
    /// Where the settings were written.
    public let location: SourceLocation

    /// Kubernetes settings; `selectorLabels` default to `release: <release>`, the routing to an
    /// `AlertmanagerConfig`.
    public init(
        namespace: String, release: String = "kube-prometheus-stack", selectorLabels: [String: String]? = nil,
        alertmanager: KubernetesRouting = .alertmanagerConfig,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.namespace = namespace
        self.release = release
        self.selectorLabels = selectorLabels ?? ["release": release]
        self.alertmanager = alertmanager
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
