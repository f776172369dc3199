import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("The Kubernetes target: declaring it and its objects")
struct KubernetesTargetTests {
    typealias F = KubernetesFixtures

    @Test("off unless asked for; settings add it, with the chart's selector label and an AlertmanagerConfig")
    func declaring() {
        #expect(!Stack("plain") { Grafana() }.targets.contains(.kubernetes))
        let asked = Stack("shop", kubernetes: Kubernetes(namespace: "prod")) { Grafana() }
        #expect(asked.targets == OutputTarget.standard.union([.kubernetes]).sorted())
        #expect(asked.kubernetes?.selectorLabels == ["release": "kube-prometheus-stack"])
        let listed = Stack("shop", targets: [.prometheus, .kubernetes]) { Grafana() }
        #expect(listed.kubernetes?.namespace == "shop")
        #expect(Kubernetes(namespace: "a", release: "mon").selectorLabels == ["release": "mon"])
        #expect(asked.kubernetes?.alertmanager == .alertmanagerConfig)
        #expect(
            Kubernetes(namespace: "a", alertmanager: .configSecret(name: "am")).alertmanager
                == .configSecret(name: "am"))
    }

    @Test("one file per object, all in kustomization.yaml, labelled for the operator, and no Secret")
    func files() throws {
        let files = try F.files()
        let kustomization = try YAMLParser().parse(try #require(files["kubernetes/kustomization.yaml"]))
        let objects = try F.objects()
        #expect(kustomization["namespace"] == "shop")
        #expect(
            Set(try #require(kustomization["resources"]?.sequenceValue).compactMap(\.stringValue)) == Set(objects.keys))
        #expect(
            Set(objects.keys) == [
                "prometheusrule-prometheus.yaml", "prometheusrule-api-slos-slo-availability.yaml",
                "servicemonitor-api.yaml", "scrapeconfig-legacy.yaml", "scrapeconfig-nodes.yaml",
                "configmap-dashboard-shop-api.yaml",
                "configmap-dashboard-shop-alerts-overview.yaml", "configmap-dashboard-shop-api-overview.yaml",
                "configmap-dashboard-shop-slos.yaml", "configmap-dashboard-shop-stack-health.yaml",
            ])
        for (name, object) in objects {
            #expect(object["kind"] != "Secret", "\(name)")
            #expect(object["metadata"]?["namespace"] == "shop", "\(name)")
            if object["apiVersion"]?.stringValue?.hasPrefix("monitoring.coreos.com/") == true {
                #expect(object["metadata"]?["labels"] == ["release": "monitoring"], "\(name)")
            }
        }
        #expect(try F.files() == files)
    }

    @Test("a ServiceMonitor keeps the service's job label and reads credentials by secretKeyRef")
    func serviceMonitor() throws {
        let monitor = try #require(try F.objects()["servicemonitor-api.yaml"])
        #expect(monitor["spec"]?["selector"] == ["matchLabels": ["app.kubernetes.io/name": "api"]])
        #expect(monitor["spec"]?["scrapeProtocols"] == ["OpenMetricsText1.0.0", "PrometheusText0.0.4"])
        let endpoint = try #require(monitor["spec"]?["endpoints"]?.sequenceValue?.first)
        #expect(endpoint["port"] == "https-metrics")
        #expect(endpoint["scheme"] == "https")
        #expect(endpoint["interval"] == "30s")
        #expect(endpoint["scrapeTimeout"] == "10s")
        #expect(
            endpoint["authorization"] == ["type": "Bearer", "credentials": ["name": "api-token", "key": "api_token"]])
        #expect(
            endpoint["tlsConfig"] == [
                "ca": ["secret": ["name": "api-ca", "key": "api_ca"]], "serverName": "api.internal",
            ])
        #expect(
            endpoint["relabelings"] == [
                ["action": "replace", "targetLabel": "job", "replacement": "api"],
                ["action": "replace", "targetLabel": "team", "replacement": "checkout"],
            ])
        #expect(
            endpoint["metricRelabelings"] == [["sourceLabels": ["__name__"], "regex": "go_gc_.*", "action": "drop"]])
    }

    @Test("a ScrapeConfig scrapes the static address under the service's job name")
    func scrapeConfig() throws {
        let spec = try #require(try F.objects()["scrapeconfig-legacy.yaml"]?["spec"])
        #expect(spec["jobName"] == "legacy")
        #expect(spec["fallbackScrapeProtocol"] == "PrometheusText0.0.4")
        #expect(spec["scrapeInterval"] == "15s")
        #expect(spec["staticConfigs"] == [["targets": ["legacy.example.com:9100"]]])
        #expect(spec["params"] == ["module": ["http_2xx"]])
        #expect(
            spec["basicAuth"] == [
                "username": ["name": "legacy-password", "key": "username"],
                "password": ["name": "legacy-password", "key": "legacy_password"],
            ])
        #expect(
            spec["relabelings"] == [
                [
                    "sourceLabels": ["__address__"], "regex": "([^:]+):.*", "targetLabel": "host", "replacement": "$1",
                    "action": "replace",
                ]
            ])
    }

    @Test("dashboards are sidecar ConfigMaps with their folder; the chart's own data sources are not repeated")
    func grafana() throws {
        let files = try F.files()
        let dashboard = try #require(try F.objects()["configmap-dashboard-shop-api.yaml"])
        #expect(dashboard["metadata"]?["labels"] == ["grafana_dashboard": "1"])
        let path = try #require(
            files.keys.first { $0.hasPrefix("grafana/dashboards/") && $0.hasSuffix("/shop-api.json") })
        #expect(
            dashboard["metadata"]?["annotations"] == [
                "k8s-sidecar-target-directory": .string(String(path.split(separator: "/")[2]))
            ])
        #expect(dashboard["data"]?["shop-api.json"] == .string(try #require(files[path])))
        let withLoki = Stack("logs", kubernetes: Kubernetes(namespace: "logs")) { Loki() }
        let output = try #require(try ComponentFixtures.compile([withLoki]).outputs.first)
        let datasources = try #require(
            output.files.first { $0.path == "kubernetes/configmap-grafana-datasources.yaml" })
        let object = try YAMLParser().parse(datasources.contents)
        #expect(object["metadata"]?["labels"] == ["grafana_datasource": "1"])
        let provisioning = try YAMLParser().parse(try #require(object["data"]?["logs-datasources.yaml"]?.stringValue))
        #expect(provisioning["datasources"]?.sequenceValue?.compactMap { $0["uid"]?.stringValue } == ["loki"])
        #expect(provisioning["datasources"]?.sequenceValue?.first?["isDefault"] == false)
    }

    @Test(
        "the stack's VictoriaMetrics, which nothing on Kubernetes deploys, gets no data source there; the README says so"
    )
    func longTermStoreDatasource() throws {
        let archived = Stack(
            "archive", prometheus: Prometheus(remoteWrite: [.victoriaMetrics(url: VictoriaMetrics.writeURL)]),
            kubernetes: Kubernetes(namespace: "archive")
        ) {
            Loki()
            VictoriaMetrics()
        }
        let output = try #require(try ComponentFixtures.compile([archived]).outputs.first)
        let files = Dictionary(uniqueKeysWithValues: output.files.map { ($0.path, $0.contents) })
        let configMap = try YAMLParser().parse(
            try #require(files["kubernetes/configmap-grafana-datasources.yaml"]))
        let provisioning = try YAMLParser().parse(
            try #require(configMap["data"]?["archive-datasources.yaml"]?.stringValue))
        #expect(provisioning["datasources"]?.sequenceValue?.compactMap { $0["uid"]?.stringValue } == ["loki"])
        // The compose deployment runs it, and its Grafana queries it.
        #expect(
            try #require(files["grafana/provisioning/datasources/datasources.yml"]).contains("victoriametrics:8428"))
        let readme = try #require(files["README.md"])
        #expect(readme.contains("VictoriaMetrics runs in the compose deployment only: Grafana gets no data source"))
        #expect(!(try #require(try F.files()["README.md"])).contains("VictoriaMetrics runs in the compose"))
    }

    @Test("the chart values start Prometheus with the stack's features, and with none when it has none")
    func enabledFeatures() throws {
        let path = "\(KubernetesObject.folder)/\(KubePrometheusStackValues.fileName)"
        let flagged = Stack(
            "shop", prometheus: Prometheus(features: [.promqlExperimentalFunctions]),
            kubernetes: Kubernetes(namespace: "shop")
        ) { Dashboard("API") { Stat("Up") { PrometheusServerMetrics.up } } }
        let values = try YAMLParser().parse(try #require(try F.files(flagged)[path]))
        #expect(values["prometheus"]?["prometheusSpec"]?["enableFeatures"] == ["promql-experimental-functions"])
        let plain = try YAMLParser().parse(try #require(try F.files()[path]))
        #expect(plain["prometheus"]?["prometheusSpec"]?["enableFeatures"] == nil)
    }

    @Test("the README shows the Kubernetes path: the Secrets to create from the secret files, then apply -k")
    func readme() throws {
        let readme = try #require(try F.files()["README.md"])
        #expect(readme.contains("## Deploying on Kubernetes"))
        #expect(
            readme.contains(
                "kubectl create secret generic api-token --namespace shop --from-file=api_token=secrets/api_token\n"))
        #expect(
            readme.contains(
                "kubectl create secret generic legacy-password --namespace shop"
                    + " --from-file=legacy_password=secrets/legacy_password --from-literal=username=prometheus\n"))
        #expect(readme.contains("kubectl apply --server-side -k kubernetes/"))
        let plain = try #require(try Compiler().compile([Fixtures.shop]).outputs.first)
        #expect(plain.files.first { $0.path == "README.md" }?.contents.contains("Kubernetes") == false)
        #expect(!plain.files.contains { $0.path.hasPrefix("kubernetes/") })
    }
}
