import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Exporters on Kubernetes: hardened workloads, scraped through their Services, probes as Probe objects")
struct KubernetesExporterTests {
    typealias F = KubernetesExporterFixtures

    @Test("postgres, redis and blackbox run as a Deployment and a Service each; node-exporter is left to the chart")
    func workloads() throws {
        let objects = try F.objects()
        let kinds = Set(objects.keys.filter { $0.hasPrefix("deployment-") || $0.hasPrefix("service-") })
        #expect(
            kinds == [
                "deployment-postgres-exporter.yaml", "service-postgres-exporter.yaml",
                "deployment-redis-exporter.yaml", "service-redis-exporter.yaml",
                "deployment-blackbox-exporter.yaml", "service-blackbox-exporter.yaml",
            ])
        #expect(!objects.keys.contains { $0.contains("node-exporter") || $0.contains("cadvisor") })
        let kustomization = try YAMLParser().parse(try #require(try F.files()["kubernetes/kustomization.yaml"]))
        let resources = Set(kustomization["resources"]?.sequenceValue?.compactMap(\.stringValue) ?? [])
        #expect(resources == Set(objects.keys))
    }

    @Test(
        "each Deployment is hardened as compose is: user, read-only root, no capability, seccomp, limits, probes",
        arguments: [
            ("postgres-exporter", 65534, 9187, "/"), ("redis-exporter", 59000, 9121, "/health"),
            ("blackbox-exporter", 65534, 9115, "/-/healthy"),
        ])
    func hardened(_ name: String, _ uid: Int, _ port: Int, _ health: String) throws {
        let deployment = try #require(try F.objects()["deployment-\(name).yaml"])
        let pod = try #require(deployment["spec"]?["template"]?["spec"])
        #expect(pod["automountServiceAccountToken"] == false)
        #expect(
            pod["securityContext"] == [
                "runAsNonRoot": true, "runAsUser": .int(uid), "runAsGroup": .int(uid),
                "seccompProfile": ["type": "RuntimeDefault"],
            ])
        let container = try #require(pod["containers"]?.sequenceValue?.first)
        #expect(
            container["securityContext"] == [
                "allowPrivilegeEscalation": false, "readOnlyRootFilesystem": true, "capabilities": ["drop": ["ALL"]],
            ])
        let quantities: YAMLNode = ["cpu": "250m", "memory": "128Mi"]
        #expect(container["resources"] == ["requests": quantities, "limits": quantities])
        let check: YAMLNode = ["httpGet": ["path": .string(health), "port": "metrics"]]
        #expect(container["livenessProbe"] == check)
        #expect(container["readinessProbe"] == check)
        #expect(container["ports"] == [["name": "metrics", "containerPort": .int(port), "protocol": "TCP"]])
        let image = try #require(container["image"]?.stringValue)
        #expect(!image.contains("$") && image.contains(":v"), "\(image)")
        #expect(
            deployment["spec"]?["selector"]?["matchLabels"] == deployment["spec"]?["template"]?["metadata"]?["labels"])
        let service = try #require(try F.objects()["service-\(name).yaml"])
        #expect(service["spec"]?["selector"] == deployment["spec"]?["selector"]?["matchLabels"])
        #expect(
            service["spec"]?["ports"] == [
                ["name": "metrics", "port": .int(port), "targetPort": "metrics", "protocol": "TCP"]
            ])
    }

    @Test("passwords are files of mounted Secrets, never values; the README creates the Secrets")
    func secrets() throws {
        let objects = try F.objects()
        let postgres = try #require(
            objects["deployment-postgres-exporter.yaml"]?["spec"]?["template"]?["spec"])
        let container = try #require(postgres["containers"]?.sequenceValue?.first)
        let environment = container["env"]?.sequenceValue ?? []
        #expect(
            environment.first { $0["name"] == "DATA_SOURCE_PASS_FILE" }?["value"]
                == "/etc/secrets/db-password/db_password")
        #expect(
            container["volumeMounts"] == [
                ["name": "db-password", "mountPath": "/etc/secrets/db-password", "readOnly": true]
            ])
        #expect(postgres["volumes"] == [["name": "db-password", "secret": ["secretName": "db-password"]]])
        let redis = try #require(
            objects["deployment-redis-exporter.yaml"]?["spec"]?["template"]?["spec"]?["containers"]?.sequenceValue?
                .first)
        #expect(
            (redis["env"]?.sequenceValue ?? []).first { $0["name"] == "REDIS_PASSWORD_FILE" }?["value"]
                == "/etc/secrets/redis-password/redis_password")
        #expect(!objects.keys.contains { $0.hasPrefix("secret-") })
        let readme = try #require(try F.files()["README.md"])
        #expect(
            readme.contains(
                "kubectl create secret generic db-password --namespace shop --from-file=db_password=secrets/db_password"
            ))
        #expect(readme.contains("kubectl create secret generic redis-password --namespace shop"))
        #expect(readme.contains("Not deployed: `node-exporter`"))
    }

    @Test("blackbox-exporter reads the modules compose renders from a ConfigMap it mounts")
    func blackboxConfig() throws {
        let objects = try F.objects()
        let configMap = try #require(objects["configmap-blackbox-exporter-config.yaml"])
        let modules = try YAMLParser().parse(try #require(configMap["data"]?["blackbox.yml"]?.stringValue))
        #expect(Set(modules["modules"]?.mappingValue?.map(\.key) ?? []) == Set(ProbeModule.allCases.map(\.rawValue)))
        let pod = try #require(objects["deployment-blackbox-exporter.yaml"]?["spec"]?["template"]?["spec"])
        #expect(pod["volumes"] == [["name": "config", "configMap": ["name": "blackbox-exporter-config"]]])
        #expect(
            pod["containers"]?.sequenceValue?.first?["args"] == ["--config.file=/etc/blackbox_exporter/blackbox.yml"])
    }

    @Test("postgres-exporter and redis-exporter are scraped through their Service under their job")
    func serviceMonitors() throws {
        let objects = try F.objects()
        for (job, name) in [("postgres", "postgres-exporter"), ("redis", "redis-exporter")] {
            let monitor = try #require(objects["servicemonitor-\(job).yaml"])
            #expect(monitor["metadata"]?["labels"] == ["release": "monitoring"])
            let service = try #require(objects["service-\(name).yaml"])
            #expect(monitor["spec"]?["selector"]?["matchLabels"] == service["spec"]?["selector"])
            let endpoint = try #require(monitor["spec"]?["endpoints"]?.sequenceValue?.first)
            #expect(endpoint["port"] == "metrics")
            #expect(
                endpoint["relabelings"] == [["action": "replace", "targetLabel": "job", "replacement": .string(job)]])
        }
        #expect(objects["servicemonitor-blackbox.yaml"] == nil)
        #expect(objects["scrapeconfig-blackbox.yaml"] == nil)
    }

    @Test("blackbox probes are a Probe per module, probed through the exporter's Service, under its job")
    func probes() throws {
        let objects = try F.objects()
        for (module, target) in [("http_2xx", "http://api:8080/health"), ("tcp_connect", "db:5432")] {
            let probe = try #require(objects["probe-blackbox-\(module.replacingOccurrences(of: "_", with: "-")).yaml"])
            let spec = try #require(probe["spec"])
            #expect(spec["jobName"] == "blackbox")
            #expect(spec["module"] == .string(module))
            #expect(spec["prober"] == ["url": "blackbox-exporter.shop.svc:9115", "path": "/probe", "scheme": "http"])
            #expect(spec["targets"] == ["staticConfig": ["static": [.string(target)]]])
        }
        let values = try YAMLParser().parse(
            try #require(try F.files()["kubernetes/\(KubePrometheusStackValues.fileName)"]))
        let prometheus = values["prometheus"]?["prometheusSpec"]
        #expect(prometheus?["probeSelector"] == ["matchLabels": ["release": "monitoring"]])
        #expect(prometheus?["podMonitorSelector"] == ["matchLabels": ["release": "monitoring"]])
    }

    @Test("a service found by pod labels is a PodMonitor of the named container port, under its job")
    func podMonitor() throws {
        let monitor = try #require(try F.objects()["podmonitor-worker.yaml"])
        #expect(monitor["apiVersion"] == "monitoring.coreos.com/v1")
        #expect(monitor["spec"]?["selector"] == ["matchLabels": ["app.kubernetes.io/name": "worker"]])
        let endpoint = try #require(monitor["spec"]?["podMetricsEndpoints"]?.sequenceValue?.first)
        #expect(endpoint["port"] == "metrics")
        #expect(endpoint["interval"] == "30s")
        #expect(
            endpoint["relabelings"] == [["action": "replace", "targetLabel": "job", "replacement": "worker"]])
    }

    @Test("a pod selector's port name and labels are checked as a Service selector's")
    func podSelectorRules() throws {
        let port = KubernetesRuleTests.scraped(.pods(["app": "api"], port: "http_metrics"))
        #expect(try Fixtures.ids([KubernetesFixtures.stack { port }]) == ["invalid-kubernetes-port-name"])
        let labels = KubernetesRuleTests.scraped(.pods(["-tier": "web"], port: "metrics"))
        #expect(try Fixtures.ids([KubernetesFixtures.stack { labels }]) == ["invalid-kubernetes-label"])
    }

    @Test("an exporter whose workload's name is not a DNS label, at the exporter")
    func exporterName() throws {
        let diagnostics = try Fixtures.diagnostics([
            KubernetesFixtures.stack { RedisExporter(address: "cache:6379", job: "Cache") }
        ])
        #expect(diagnostics.map(\.id).contains("invalid-kubernetes-name"))
        #expect(diagnostics.first { $0.id == "invalid-kubernetes-name" }?.location.line == #line - 3)
    }

    @Test("blackbox-exporter's missing template is an error at the exporter for a stack without compose too")
    func missingTemplate() throws {
        let stack = Stack("shop", targets: [.prometheus], kubernetes: Kubernetes(namespace: "shop")) {
            BlackboxExporter { Probe.http("http://api:8080/health") }
        }
        let diagnostics = try Compiler().compile([stack]).diagnostics
        #expect(diagnostics.map(\.id) == ["missing-template"])
        #expect(diagnostics.first?.location.line == #line - 4)
        let both = try Compiler().compile([
            KubernetesFixtures.stack { BlackboxExporter { Probe.http("http://api:8080/health") } }
        ]).diagnostics
        #expect(both.map(\.id) == ["missing-template"], "compose's rule reports it once")
    }

    @Test("limits become Kubernetes quantities")
    func quantities() {
        #expect(ResourceLimits.millicores("0.25") == "250m")
        #expect(ResourceLimits.millicores("2.0") == "2000m")
        #expect(ResourceLimits.binary("128m") == "128Mi")
        #expect(ResourceLimits.binary("1g") == "1Gi")
        #expect(ResourceLimits.binary("1500M") == "1500Mi")
        #expect(ResourceLimits.binary("1Gi") == "1Gi")
    }
}
