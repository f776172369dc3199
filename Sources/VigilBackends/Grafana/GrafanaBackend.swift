import VigilModel

/// `grafana/`: the dashboards' JSON, the provisioning of datasources and dashboards, and a preview image of each
/// dashboard's layout. The dashboards' queries and structure are checked whatever the targets (they are part of
/// the model).
public struct GrafanaBackend: TargetBackend {
    public let target = OutputTarget.grafana
    public let emitters: [any ArtefactEmitter] = [
        DashboardsEmitter(), GrafanaProvisioningEmitter(), DashboardPreviewEmitter(),
    ]
    public let rules: [ValidationRule] = []

    /// Creates the backend.
    public init() {}
}
