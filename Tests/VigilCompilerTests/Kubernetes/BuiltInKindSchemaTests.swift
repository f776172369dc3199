import Foundation
import Testing
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// The objects of built-in kinds (ConfigMap, Secret, Deployment, Service) pass the strict schemas that `kubernetes-validate` (PyPI,
/// installed by `scripts/bootstrap.sh tools` into .tools/) bundles, for Kubernetes 1.32: unknown fields are
/// rejected there, where the API server would drop them. Where the tool is not installed, the tests are skipped
/// with a printed line.
@Suite("Built-in kinds pass kubernetes-validate --strict")
struct BuiltInKindSchemaTests {
    /// The Kubernetes release whose schemas the objects are checked against.
    static let kubernetesVersion = "1.32.0"

    static var installed: Bool {
        InstalledTool.isPresent(
            "kubernetes-validate", skipping: "the built-in kinds' schema test",
            install: "scripts/bootstrap.sh tools installs it into .tools/")
    }

    /// Whether a manifest is of a built-in kind: not the operator's, and an object at all (not the chart values
    /// or the kustomization).
    static func isBuiltIn(_ object: YAMLNode) -> Bool {
        guard let apiVersion = object["apiVersion"]?.stringValue, object["kind"] != nil else { return false }
        return !apiVersion.hasPrefix("monitoring.coreos.com/") && !apiVersion.hasPrefix("kustomize.config.k8s.io/")
    }

    /// Runs `kubernetes-validate --strict` on the built-in kinds among `paths` (below `folder`); each must pass.
    static func expectValid(_ paths: [String], in folder: URL) throws {
        let manifests = try paths.filter { path in
            isBuiltIn(
                try YAMLParser().parse(try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)))
        }
        #expect(!manifests.isEmpty)
        let run = try ToolRunner().run(
            "kubernetes-validate", ["--strict", "--kubernetes-version", kubernetesVersion] + manifests, in: folder)
        #expect(run.succeeded, "\(run.output)")
        // It exits 0 with a warning on a kind it has no schema for; every file must have passed.
        for manifest in manifests {
            #expect(run.output.contains("\(manifest) passed"), "\(manifest): \(run.output)")
        }
    }

    @Test(
        "every ConfigMap, Secret, Deployment and Service of the committed examples validates", .enabled(if: installed),
        arguments: KubernetesFixtures.examples)
    func example(_ stack: String) throws {
        let folder = SwiftFiles.packageRoot.appendingPathComponent("generated/\(stack)")
        let paths = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent(KubernetesObject.folder).path
        ).filter { $0.hasSuffix(".yaml") }.sorted().map { "\(KubernetesObject.folder)/\($0)" }
        try Self.expectValid(paths, in: folder)
    }

    @Test(
        "the fixtures' ConfigMaps and configuration Secret validate, and an unknown field fails",
        .enabled(if: installed))
    func fixture() throws {
        let directory = try TemporaryDirectory()
        let files = try KubernetesRoutingFixtures.files(
            KubernetesRoutingFixtures.stack(.configSecret(name: "alertmanager-shop")))
        let objects = files.filter { $0.key.hasPrefix("\(KubernetesObject.folder)/") && $0.key.hasSuffix(".yaml") }
        for (path, contents) in objects {
            try directory.write(path, contents)
        }
        #expect(objects.keys.contains("\(KubernetesObject.folder)/secret-alertmanager-shop.yaml"))
        try Self.expectValid(objects.keys.sorted(), in: directory.url)
        let secret = try #require(objects["\(KubernetesObject.folder)/secret-alertmanager-shop.yaml"])
        try directory.write("broken.yaml", secret.replacingOccurrences(of: "stringData:", with: "stringDatas:"))
        let run = try ToolRunner().run(
            "kubernetes-validate", ["--strict", "--kubernetes-version", Self.kubernetesVersion, "broken.yaml"],
            in: directory.url)
        #expect(!run.succeeded, "\(run.output)")
    }

    @Test(
        "the exporters' Deployments, Services and ConfigMap validate, and an unknown field in a Deployment fails",
        .enabled(if: installed))
    func exporters() throws {
        let directory = try TemporaryDirectory()
        let files = try KubernetesExporterFixtures.files().filter {
            $0.key.hasPrefix("\(KubernetesObject.folder)/") && $0.key.hasSuffix(".yaml")
        }
        for (path, contents) in files {
            try directory.write(path, contents)
        }
        let workloads = files.keys.filter {
            $0.contains("/deployment-") || $0.contains("/service-") || $0.contains("/configmap-blackbox")
        }
        #expect(workloads.count == 7)
        try Self.expectValid(workloads.sorted(), in: directory.url)
        let deployment = try #require(files["\(KubernetesObject.folder)/deployment-postgres-exporter.yaml"])
        try directory.write(
            "broken.yaml", deployment.replacingOccurrences(of: "readOnlyRootFilesystem:", with: "readOnlyRootFS:"))
        let run = try ToolRunner().run(
            "kubernetes-validate", ["--strict", "--kubernetes-version", Self.kubernetesVersion, "broken.yaml"],
            in: directory.url)
        #expect(!run.succeeded, "\(run.output)")
    }
}
