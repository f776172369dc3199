import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// Every custom resource the Kubernetes target writes passes the strict schema of its CRD
/// (`../shared/reference/prometheus-operator-crds/`, prometheus-operator v0.93.0): unknown fields are rejected
/// there, where the API server would drop them silently.
@Suite("Kubernetes objects pass the Prometheus Operator's strict CRD schemas")
struct OperatorSchemaTests {
    static let folder = "prometheus-operator-crds"

    /// The strict schema of `kind`, e.g. `servicemonitor-v1.strict.json` for `monitoring.coreos.com/v1`.
    static func schema(of object: YAMLNode, in folder: URL) throws -> JSONSchemaValidator {
        let kind = try #require(object["kind"]?.stringValue).lowercased()
        let version = try #require(object["apiVersion"]?.stringValue?.split(separator: "/").last)
        return JSONSchemaValidator(
            document: try JSONDocument(contentsOf: folder.appendingPathComponent("\(kind)-\(version).strict.json")))
    }

    @Test(
        "every PrometheusRule, ServiceMonitor and ScrapeConfig validates",
        .enabled(if: SharedReference.isPresent(folder)))
    func strict() throws {
        let folder = try SharedReference.folder(Self.folder)
        let objects = try KubernetesFixtures.objects().filter { $0.value["apiVersion"] != "v1" }
        #expect(
            Set(objects.values.compactMap { $0["kind"]?.stringValue }) == [
                "PrometheusRule", "ServiceMonitor", "ScrapeConfig",
            ])
        for (name, object) in objects.sorted(by: { $0.key < $1.key }) {
            let validator = try Self.schema(of: object, in: folder)
            let problems = validator.problems(JSONDocument(object), validator.document, at: "$")
            #expect(problems.isEmpty, "\(name): \(problems)")
        }
    }

    @Test(
        "the chart values' remote writes and features are fields of the Prometheus object",
        .enabled(if: SharedReference.isPresent(folder)))
    func chartPrometheusSpec() throws {
        let folder = try SharedReference.folder(Self.folder)
        let stack = Stack(
            "shop",
            prometheus: Prometheus(
                features: [.promqlExperimentalFunctions], remoteWrite: RemoteWriteTests.stores),
            kubernetes: Kubernetes(namespace: "shop")
        ) { Dashboard("API") { Stat("Up") { PrometheusServerMetrics.up } } }
        let values = try YAMLParser().parse(
            try #require(try KubernetesFixtures.files(stack)[KubePrometheusStackValues.path]))
        let spec = try #require(values["prometheus"]?["prometheusSpec"])
        let writes = try #require(spec["remoteWrite"]?.sequenceValue)
        #expect(writes.count == 3)
        #expect(writes[0]["basicAuth"]?["password"] == ["name": "mimir-password", "key": "mimir_password"])
        let object: YAMLNode = [
            "apiVersion": "monitoring.coreos.com/v1", "kind": "Prometheus", "metadata": ["name": "shop"],
            "spec": ["remoteWrite": .sequence(writes), "enableFeatures": spec["enableFeatures"] ?? []],
        ]
        let validator = try Self.schema(of: object, in: folder)
        let problems = validator.problems(JSONDocument(object), validator.document, at: "$")
        #expect(problems.isEmpty, "\(problems)")
        let readme = try #require(try KubernetesFixtures.files(stack)["README.md"])
        #expect(readme.contains("kubectl create secret generic vm-token"))
    }

    @Test(
        "every custom resource of the committed examples under generated/ validates",
        .enabled(if: SharedReference.isPresent(folder)))
    func examples() throws {
        let folder = try SharedReference.folder(Self.folder)
        let files = try KubernetesFixtures.examples.flatMap { stack in
            try KubernetesFixtures.exampleFiles(stack).filter {
                $0.key.hasPrefix("\(KubernetesObject.folder)/") && !$0.key.hasSuffix("kustomization.yaml")
            }
            .sorted { $0.key < $1.key }
        }
        #expect(!files.isEmpty, "no example stack is generated for Kubernetes")
        var kinds: Set<String> = []
        for (path, contents) in files {
            let object = try YAMLParser().parse(contents)
            // Built-in kinds (v1) and the chart values, which are no object, are checked elsewhere.
            guard let apiVersion = object["apiVersion"]?.stringValue, apiVersion.hasPrefix("monitoring.coreos.com/")
            else { continue }
            kinds.insert(object["kind"]?.stringValue ?? "")
            let validator = try Self.schema(of: object, in: folder)
            let problems = validator.problems(JSONDocument(object), validator.document, at: "$")
            #expect(problems.isEmpty, "\(path): \(problems)")
        }
        #expect(kinds.contains("AlertmanagerConfig"), "no example routes through an AlertmanagerConfig")
        #expect(kinds.contains("Probe"), "no example probes through a Probe")
    }

    @Test(
        "the exporters' ServiceMonitors, the blackbox Probes and a PodMonitor validate",
        .enabled(if: SharedReference.isPresent(folder)))
    func exporters() throws {
        let folder = try SharedReference.folder(Self.folder)
        let objects = try KubernetesExporterFixtures.objects().filter {
            $0.value["apiVersion"]?.stringValue?.hasPrefix("monitoring.coreos.com/") == true
        }
        #expect(
            Set(objects.values.compactMap { $0["kind"]?.stringValue }) == [
                "PrometheusRule", "ServiceMonitor", "PodMonitor", "Probe",
            ])
        for (name, object) in objects.sorted(by: { $0.key < $1.key }) {
            let validator = try Self.schema(of: object, in: folder)
            let problems = validator.problems(JSONDocument(object), validator.document, at: "$")
            #expect(problems.isEmpty, "\(name): \(problems)")
        }
    }

    @Test(
        "the AlertmanagerConfig of every receiver kind, schedules and inhibitions validates",
        .enabled(if: SharedReference.isPresent(folder)))
    func alertmanagerConfig() throws {
        let folder = try SharedReference.folder(Self.folder)
        let files = try KubernetesRoutingFixtures.files(KubernetesRoutingFixtures.stack(.alertmanagerConfig))
        let object = try #require(try KubernetesRoutingFixtures.object("AlertmanagerConfig", in: files))
        let validator = try Self.schema(of: object, in: folder)
        let problems = validator.problems(JSONDocument(object), validator.document, at: "$")
        #expect(problems.isEmpty, "\(problems)")
        let receivers = object["spec"]?["receivers"]?.sequenceValue ?? []
        let keys = Set(
            receivers.flatMap { receiver in
                guard case .mapping(let fields) = receiver else { return [String]() }
                return fields.map(\.key).filter { $0 != "name" }
            })
        #expect(
            keys == [
                "slackConfigs", "pagerdutyConfigs", "emailConfigs", "webhookConfigs", "opsgenieConfigs",
                "msteamsConfigs",
                "msteamsv2Configs", "discordConfigs", "telegramConfigs", "rocketchatConfigs",
            ])
    }

    @Test(
        "the strict schema rejects an unknown field and a bad duration", .enabled(if: SharedReference.isPresent(folder))
    )
    func rejects() throws {
        let folder = try SharedReference.folder(Self.folder)
        let monitor = try #require(try KubernetesFixtures.objects()["servicemonitor-api.yaml"])
        let validator = try Self.schema(of: monitor, in: folder)
        guard case .object(var members) = JSONDocument(monitor), case .object(var spec) = members["spec"] else {
            Issue.record("a ServiceMonitor is an object with a spec")
            return
        }
        spec["scrapeInterval"] = .string("30s")
        members["spec"] = .object(spec)
        #expect(
            validator.problems(.object(members), validator.document, at: "$") == [
                "$.spec.scrapeInterval: no value is allowed here"
            ])
        spec["scrapeInterval"] = nil
        spec["endpoints"] = .array([.object(["port": .string("http"), "interval": .string("30 seconds")])])
        members["spec"] = .object(spec)
        #expect(validator.problems(.object(members), validator.document, at: "$").count == 1)
    }
}
