import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("Dashboards: JSON and provisioning files")
struct DashboardEmitterTests {
    typealias F = DashboardFixtures

    static func files() throws -> [String: String] {
        let outputs = try Compiler().compile([F.shop]).outputs.flatMap(\.files)
        return Dictionary(uniqueKeysWithValues: outputs.map { ($0.path, $0.contents) })
    }

    static func dashboard(_ path: String) throws -> JSONDocument {
        try JSONDocument(parsing: try #require(try files()[path]))
    }

    @Test("one file per dashboard, in its folder, named by its uid; its previews; provisioning beside them")
    func paths() throws {
        let paths = try Self.files().keys.filter { $0.hasPrefix("grafana/") }.sorted()
        #expect(
            paths == [
                "grafana/dashboards/Team/shop-everything.json", "grafana/dashboards/shop/shop-alerts-overview.json",
                "grafana/dashboards/shop/shop-api-overview.json", "grafana/dashboards/shop/shop-api.json",
                "grafana/dashboards/shop/shop-stack-health.json", "grafana/previews/shop-alerts-overview.png",
                "grafana/previews/shop-alerts-overview.svg", "grafana/previews/shop-api-overview.png",
                "grafana/previews/shop-api-overview.svg", "grafana/previews/shop-api.png",
                "grafana/previews/shop-api.svg",
                "grafana/previews/shop-everything.png", "grafana/previews/shop-everything.svg",
                "grafana/previews/shop-stack-health.png", "grafana/previews/shop-stack-health.svg",
                "grafana/provisioning/dashboards/dashboards.yml", "grafana/provisioning/datasources/datasources.yml",
            ])
    }

    @Test("the dashboard carries what Grafana fills on load: schema version, annotations, legend, field config")
    func defaults() throws {
        let json = try Self.dashboard("grafana/dashboards/shop/shop-api.json")
        #expect(json["schemaVersion"]?.int == 42)
        #expect(json["editable"] == .bool(false))
        #expect(json["uid"]?.string == "shop-api")
        #expect(json["time"]?["from"]?.string == "now-6h")
        #expect(json["refresh"]?.string == "1m")
        #expect(json["annotations"]?["list"]?.array.first?["builtIn"]?.int == 1)
        let panel = try #require(json["panels"]?.array.first)
        #expect(panel["options"]?["legend"]?["showLegend"] == .bool(true))
        #expect(panel["options"]?["tooltip"]?["mode"]?.string == "multi")
        #expect(panel["fieldConfig"]?["overrides"] == .array([]))
        #expect(panel["fieldConfig"]?["defaults"]?["custom"]?["drawStyle"]?.string == "line")
        #expect(panel["fieldConfig"]?["defaults"]?["thresholds"]?["steps"]?.array.first?["value"] == .null)
        #expect(panel["pluginVersion"]?.string == "12.2.0")
        let target = try #require(panel["targets"]?.array.first)
        #expect(
            target["expr"]?.string
                == "histogram_quantile(0.95, sum by (le, handler) (rate(http_request_duration_seconds_bucket[5m])))")
        #expect(target["legendFormat"]?.string == "{{handler}}")
        #expect(target["refId"]?.string == "A")
        #expect(target["datasource"]?["uid"]?.string == "prometheus")
    }

    @Test("rows: an open row is followed by its panels, a collapsed one holds them")
    func rows() throws {
        let panels = try Self.dashboard("grafana/dashboards/Team/shop-everything.json")["panels"]?.array ?? []
        #expect(
            panels.compactMap { $0["type"]?.string } == [
                "text", "row", "timeseries", "stat", "gauge", "bargauge", "row", "row", "state-timeline", "piechart",
            ])
        let latency = panels[6]
        #expect(latency["collapsed"] == .bool(true))
        #expect(latency["panels"]?.array.compactMap { $0["type"]?.string } == ["heatmap", "histogram", "table"])
    }

    @Test("variables: queries in their string form, choices, hidden constants")
    func variables() throws {
        let list =
            try Self.dashboard("grafana/dashboards/Team/shop-everything.json")["templating"]?["list"]?.array ?? []
        #expect(
            list.compactMap { $0["type"]?.string } == [
                "query", "custom", "interval", "datasource", "constant", "query",
            ])
        #expect(list[0]["query"]?.string == "label_values(http_requests_total, handler)")
        #expect(list[0]["current"]?["value"] == .array([.string("$__all")]))
        #expect(list[1]["query"]?.string == "GET,POST")
        #expect(list[2]["query"]?.string == "1m,5m,1h")
        #expect(list[2]["options"]?.array.compactMap { $0["text"]?.string } == ["auto", "1m", "5m", "1h"])
        #expect(list[3]["hide"]?.int == 2)
        #expect(list[4]["hide"]?.int == 2)
        #expect(
            list[5]["query"]?.string
                == "query_result(topk(3, sum by (handler) (rate(http_requests_total[1h]))))")
    }

    @Test("overrides, data links and value mappings")
    func fieldOptions() throws {
        let json = try Self.dashboard("grafana/dashboards/Team/shop-everything.json")
        let panels = (json["panels"]?.array ?? []) + (json["panels"]?.array ?? []).flatMap { $0["panels"]?.array ?? [] }
        let requests = try #require(panels.first { $0["title"]?.string == "Requests" })
        let override = try #require(requests["fieldConfig"]?["overrides"]?.array.first)
        #expect(override["matcher"] == .object(["id": .string("byName"), "options": .string("POST")]))
        #expect(override["properties"]?.array.compactMap { $0["id"]?.string } == ["color", "unit", "custom.hideFrom"])
        #expect(requests["fieldConfig"]?["defaults"]?["links"]?.array.first?["targetBlank"] == .bool(true))
        let targets = try #require(panels.first { $0["title"]?.string == "Targets" })
        let mappings = targets["fieldConfig"]?["defaults"]?["mappings"]?.array ?? []
        #expect(mappings.first?["options"]?["1"]?["text"]?.string == "up")
        #expect(mappings.last?["options"]?["0"]?["color"]?.string == "#d44a3a")
    }

    @Test("provisioning: fixed data source uids and one read-only file provider")
    func provisioning() throws {
        let files = try Self.files()
        #expect(
            files[GrafanaProvisioningEmitter.datasourcesPath] == """
                # Code generated by vigil. DO NOT EDIT.
                # Grafana data sources of the 'shop' stack; dashboards refer to them by uid.
                apiVersion: 1
                datasources:
                - name: Prometheus
                  type: prometheus
                  uid: prometheus
                  access: proxy
                  url: http://prometheus:9090
                  isDefault: true
                  editable: false
                  jsonData:
                    httpMethod: POST
                    prometheusType: Prometheus
                    prometheusVersion: '3.5.3'
                    timeInterval: 15s

                """)
        #expect(
            files[GrafanaProvisioningEmitter.dashboardsPath] == """
                # Code generated by vigil. DO NOT EDIT.
                # Grafana loads the 'shop' stack's dashboards from files; edit the specs, not the UI.
                apiVersion: 1
                providers:
                - name: shop
                  type: file
                  disableDeletion: true
                  allowUiUpdates: false
                  updateIntervalSeconds: 30
                  options:
                    path: /etc/grafana/dashboards
                    foldersFromFilesStructure: true

                """)
    }

    @Test("a stack with an Alertmanager provisions it")
    func alertmanagerAndNothing() throws {
        let receiver = Receiver("chat", .slack(channel: "#ops", webhook: .secret("slack_url")))
        let stack = Stack("am") {
            Alertmanager(defaultReceiver: receiver)
            Dashboard("D") { Stat("Up") { PrometheusServerMetrics.up } }
        }
        let resolved = StackLowering.lower(stack)
        #expect(resolved.datasources.map(\.kind) == [.prometheus, .alertmanager])
        let datasources = try GrafanaProvisioningEmitter().emit(resolved).first?.contents ?? ""
        #expect(datasources.contains("implementation: prometheus"))
        // On the compose network, each at its service name.
        #expect(datasources.contains("url: http://prometheus:9090"))
        #expect(datasources.contains("url: http://alertmanager:9093"))
    }
}
