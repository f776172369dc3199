import VigilModel
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
        if let url = datasource.composeURL(in: stack) {
            mapping.append("url", .string(url))
        }
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
        case .victoriaMetrics:
            // Prometheus's API, without a Prometheus version to tune queries to.
            mapping.append(
                "jsonData",
                ["httpMethod": "POST", "timeInterval": .string(stack.prometheus.scrapeInterval.grafanaInterval)])
        case .alertmanager:
            mapping.append("jsonData", ["implementation": "prometheus", "handleGrafanaManagedAlerts": false])
        case .loki:
            var jsonData = YAMLMapping()
            jsonData.append("maxLines", 1000)
            if let tracing = stack.datasources.first(where: { $0.kind == .jaeger || $0.kind == .tempo }) {
                jsonData.append("derivedFields", [traceLink(to: tracing.kind)])
            }
            mapping.append("jsonData", .mapping(jsonData))
        case .tempo, .jaeger:
            var jsonData = YAMLMapping()
            if stack.datasources.contains(where: { $0.kind == .loki }) {
                jsonData.append("tracesToLogsV2", logsLink)
            }
            if datasource.kind == .tempo {
                jsonData.append("nodeGraph", ["enabled": true])
                if stack.datasources.contains(where: { $0.kind == .loki }) {
                    jsonData.append("lokiSearch", ["datasourceUid": .string(DatasourceKind.loki.uid)])
                }
            }
            mapping.append("jsonData", .mapping(jsonData))
        }
        return .mapping(mapping)
    }

    /// The regular expression that finds a trace id in a log line: `trace_id=…`, `"traceId": "…"` and the
    /// like, as OpenTelemetry's logging integrations write it.
    static let traceIDPattern = #"(?:trace_id|traceId|traceID|trace\.id)["'=:\s]+(\w+)"#

    /// Loki's derived field that turns a trace id in a log line into a link to the trace. Grafana expands
    /// environment variables in provisioning files, so `$$` writes a literal `$`.
    func traceLink(to tracing: DatasourceKind) -> YAMLNode {
        [
            "name": "TraceID",
            "matcherRegex": .string(Self.traceIDPattern),
            "url": "$${__value.raw}",
            "datasourceUid": .string(tracing.uid),
            "urlDisplayLabel": "View trace",
        ]
    }

    /// The link from a span to the log lines that carry its trace id, in every stream of the stack's Loki
    /// (Alloy labels each with `service`).
    var logsLink: YAMLNode {
        [
            "datasourceUid": .string(DatasourceKind.loki.uid),
            "spanStartTimeShift": "-5m",
            "spanEndTimeShift": "5m",
            "filterByTraceID": false,
            "filterBySpanID": false,
            "customQuery": true,
            "query": #"{service=~".+"} |= "$${__trace.traceId}""#,
        ]
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
