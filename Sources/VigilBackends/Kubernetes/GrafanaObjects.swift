import VigilModel
import YAMLKit

/// Grafana's part on Kubernetes: each dashboard in a ConfigMap the Grafana sidecar loads (labelled
/// `grafana_dashboard: "1"`, its folder in an annotation), and the data sources kube-prometheus-stack does not
/// provision itself in one ConfigMap labelled `grafana_datasource: "1"`. The chart provisions Prometheus and
/// Alertmanager with the uids the dashboards use (`prometheus`, `alertmanager`); the others keep their compose
/// addresses, so Grafana reaches them at Services of those names in its namespace, except the stack's
/// VictoriaMetrics, a compose service only, which gets none.
enum GrafanaObjects {
    /// The data sources kube-prometheus-stack's Grafana has already, under the same uids.
    static let providedByChart: Set<DatasourceKind> = [.prometheus, .alertmanager]
    /// The data sources of servers only the compose deployment runs: the stack's VictoriaMetrics
    /// (`VictoriaMetrics(...)`), which no object here deploys.
    static let composeOnly: Set<DatasourceKind> = [.victoriaMetrics]

    /// The ConfigMap name of the data sources.
    static let datasourcesName = "grafana-datasources"

    /// The dashboards' ConfigMaps, then the data sources' when there are any.
    static func objects(of stack: ResolvedStack) throws -> [KubernetesObject] {
        let dashboards = try stack.dashboards.map { dashboard in
            KubernetesObject(
                apiVersion: "v1", kind: "ConfigMap", name: configMapName(of: dashboard),
                labels: [ResolvedKubernetes.dashboardLabel],
                annotations: [Label(ResolvedKubernetes.folderAnnotation, dashboard.folder)],
                body: ("data", ["\(dashboard.uid).json": .string(try DashboardJSON.text(of: dashboard))]))
        }
        let datasources = stack.datasources.filter {
            !providedByChart.contains($0.kind) && !composeOnly.contains($0.kind)
        }
        guard !datasources.isEmpty else { return dashboards }
        let provisioning = GrafanaProvisioningEmitter()
        let entries = datasources.map { datasource in
            var datasource = datasource
            datasource.isDefault = false
            return provisioning.datasource(datasource, of: stack)
        }
        let text = try YAMLEmitter().emit(["apiVersion": 1, "datasources": .sequence(entries)])
        return dashboards + [
            KubernetesObject(
                apiVersion: "v1", kind: "ConfigMap", name: datasourcesName,
                labels: [ResolvedKubernetes.datasourceLabel],
                body: ("data", ["\(stack.name)-datasources.yaml": .string(text)]))
        ]
    }

    /// `dashboard-<uid>`.
    static func configMapName(of dashboard: ResolvedDashboard) -> String {
        "dashboard-\(dashboard.uid)"
    }
}
