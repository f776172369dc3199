import VigilDSL
import YAMLKit

/// Renders Grafana's provisioning files: the data sources, with fixed uids that dashboards refer to, and one
/// file provider that loads `grafana/dashboards/`, each subfolder a Grafana folder, read-only in the UI.
public struct GrafanaProvisioningEmitter: ArtefactEmitter {
    /// The data sources file, below the stack folder.
    public static let datasourcesPath = "grafana/provisioning/datasources/datasources.yml"
    /// The dashboard provider file, below the stack folder.
    public static let dashboardsPath = "grafana/provisioning/dashboards/dashboards.yml"
    /// Where the Grafana container sees `grafana/dashboards/`.
    public static let dashboardsMountPath = "/etc/grafana/dashboards"

    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        [
            try GeneratedYAML.file(
                Self.datasourcesPath,
                ["apiVersion": 1, "datasources": .sequence(stack.datasources.map { datasource($0, of: stack) })],
                comment: ["Grafana data sources of the '\(stack.name)' stack; dashboards refer to them by uid."]),
            try GeneratedYAML.file(
                Self.dashboardsPath, ["apiVersion": 1, "providers": [provider(stack)]],
                comment: [
                    "Grafana loads the '\(stack.name)' stack's dashboards from files; edit the specs, not the UI."
                ]),
        ]
    }

    func datasource(_ datasource: ResolvedDatasource, of stack: ResolvedStack) -> YAMLNode {
        var mapping = YAMLMapping()
        mapping.append("name", .string(datasource.kind.displayName))
        mapping.append("type", .string(datasource.kind.pluginID))
        mapping.append("uid", .string(datasource.kind.uid))
        mapping.append("access", "proxy")
        mapping.append("url", .string(datasource.url))
        mapping.append("isDefault", .bool(datasource.isDefault))
        mapping.append("editable", false)
        switch datasource.kind {
        case .prometheus:
            mapping.append(
                "jsonData",
                [
                    "httpMethod": "POST",
                    "prometheusType": "Prometheus",
                    "prometheusVersion": .string(String(PinnedImages.prometheus.tag.drop { $0 == "v" })),
                    "timeInterval": .string(stack.prometheus.scrapeInterval.grafanaInterval),
                ])
        case .alertmanager:
            mapping.append("jsonData", ["implementation": "prometheus", "handleGrafanaManagedAlerts": false])
        case .loki, .tempo, .jaeger:
            break
        }
        return .mapping(mapping)
    }

    func provider(_ stack: ResolvedStack) -> YAMLNode {
        [
            "name": .string(stack.name),
            "type": "file",
            "disableDeletion": true,
            "allowUiUpdates": false,
            "updateIntervalSeconds": 30,
            "options": ["path": .string(Self.dashboardsMountPath), "foldersFromFilesStructure": true],
        ]
    }
}
