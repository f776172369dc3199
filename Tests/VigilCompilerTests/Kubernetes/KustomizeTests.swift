import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// `kubectl kustomize` renders each `kubernetes/` folder: every object the kustomization lists, in the stack's
/// namespace. Where kubectl is not installed, the tests are skipped with a printed line.
@Suite("kubectl kustomize renders the Kubernetes folders")
struct KustomizeTests {
    static var kubectl: Bool {
        InstalledTool.isPresent(
            "kubectl", skipping: "the kustomize test", install: "install kubectl to run it")
    }

    /// The kind, name and namespace of each object `kubectl kustomize` renders from `folder`; the folder's
    /// kustomization must list exactly those of its resource files, in its namespace.
    static func expectRendered(_ folder: URL) throws {
        let run = try ToolRunner().run("kubectl", ["kustomize", "."], in: folder)
        #expect(run.succeeded, "\(run.output)")
        let rendered = try run.output.components(separatedBy: "\n---\n").map { try YAMLParser().parse($0) }.map {
            "\($0["kind"]?.stringValue ?? "")/\($0["metadata"]?["namespace"]?.stringValue ?? "")/"
                + ($0["metadata"]?["name"]?.stringValue ?? "")
        }
        let kustomization = try YAMLParser().parse(
            try String(contentsOf: folder.appendingPathComponent("kustomization.yaml"), encoding: .utf8))
        let namespace = try #require(kustomization["namespace"]?.stringValue)
        let resources = try #require(kustomization["resources"]?.sequenceValue).compactMap(\.stringValue)
        #expect(!resources.isEmpty)
        let listed = try resources.map { file in
            let object = try YAMLParser().parse(
                try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            return "\(object["kind"]?.stringValue ?? "")/\(namespace)/\(object["metadata"]?["name"]?.stringValue ?? "")"
        }
        #expect(rendered.sorted() == listed.sorted())
    }

    @Test(
        "each committed example's kubernetes/ folder renders every listed object", .enabled(if: kubectl),
        arguments: KubernetesFixtures.examples)
    func example(_ stack: String) throws {
        try Self.expectRendered(
            SwiftFiles.packageRoot.appendingPathComponent("generated/\(stack)/\(KubernetesObject.folder)"))
    }

    @Test(
        "the fixtures' folders render, with the routing in either form", .enabled(if: kubectl),
        arguments: [KubernetesRouting.alertmanagerConfig, .configSecret(name: "alertmanager-shop")])
    func fixture(_ routing: KubernetesRouting) throws {
        let directory = try TemporaryDirectory()
        let files = try KubernetesRoutingFixtures.files(KubernetesRoutingFixtures.stack(routing))
        for (path, contents) in files where path.hasPrefix("\(KubernetesObject.folder)/") {
            try directory.write(path, contents)
        }
        try Self.expectRendered(directory.url.appendingPathComponent(KubernetesObject.folder))
    }

    @Test("the exporters' folder renders: workloads, monitors and probes", .enabled(if: kubectl))
    func exporters() throws {
        let directory = try TemporaryDirectory()
        for (path, contents) in try KubernetesExporterFixtures.files()
        where path.hasPrefix("\(KubernetesObject.folder)/") {
            try directory.write(path, contents)
        }
        try Self.expectRendered(directory.url.appendingPathComponent(KubernetesObject.folder))
    }
}
