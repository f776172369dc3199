import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

/// What `specs validate` proves a stack folder against: the compose file's images, or the Kubernetes chart values'
/// for a stack generated without compose.
@Suite("Stack deployment: the images and features a stack folder deploys")
struct StackDeploymentTests {
    static func stack(targets: Set<OutputTarget>) -> Stack {
        Stack("deployed", targets: targets, kubernetes: Kubernetes(namespace: "deployed")) {
            Service("api", scrape: .target("api:8080").kubernetes(.service(["app": "api"], port: "http"))) {
                Gauge<NoLabels>("jobs_queued", help: "Jobs waiting.")
            }
            Alertmanager(defaultReceiver: Receiver("chat"))
        }
    }

    /// `stack` generated into a temporary folder, with the package's notification templates.
    static func generate(_ stack: Stack) throws -> (TemporaryDirectory, URL) {
        let directory = try TemporaryDirectory()
        let compiled = try Compiler().compile([stack], templates: AlertmanagerFixtures.templates)
        #expect(!compiled.hasErrors, "\(compiled.diagnostics)")
        _ = try OutputWriter(root: directory.url).write(compiled.outputs, removeUndeclaredStacks: true)
        return (directory, directory.url.appendingPathComponent(stack.name))
    }

    @Test("a stack generated for Kubernetes alone deploys the images its chart values pin: the proving tools' releases")
    func chartValues() throws {
        let (directory, folder) = try Self.generate(
            Self.stack(targets: [.prometheus, .alertmanager, .kubernetes]))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(ComposeEmitter.path).path))
        let deployment = try StackDeployment(stackFolder: folder)
        #expect(deployment.images.map(\.repository) == ["prom/prometheus", "prom/alertmanager"])
        #expect(deployment.images.map(\.tag) == [PinnedImages.prometheus.tag, PinnedImages.alertmanager.tag])
        _ = directory
    }

    @Test("with a compose file, the compose file's images count")
    func composeFirst() throws {
        let (directory, folder) = try Self.generate(Self.stack(targets: OutputTarget.standard))
        let deployment = try StackDeployment(stackFolder: folder)
        // As compose names them, with their version variables.
        #expect(deployment.images.contains(PinnedImages.prometheus))
        #expect(deployment.images.contains(PinnedImages.alertmanager))
        _ = directory
    }

    @Test("values pinning another release are read as such, and a registry other than Docker Hub's is kept")
    func otherRelease() throws {
        let deployment = try StackDeployment(
            valuesText: """
                prometheus:
                  prometheusSpec:
                    image: {registry: quay.io, repository: prometheus/prometheus, tag: v3.4.0}
                    enableFeatures: [promql-experimental-functions]
                alertmanager:
                  alertmanagerSpec:
                    image: {registry: docker.io, repository: prom/alertmanager, tag: v0.27.0}
                """)
        #expect(
            deployment.images == [
                ContainerImage(repository: "quay.io/prometheus/prometheus", tag: "v3.4.0", versionVariable: ""),
                ContainerImage(repository: "prom/alertmanager", tag: "v0.27.0", versionVariable: ""),
            ])
        #expect(deployment.prometheusFeatures == ["promql-experimental-functions"])
        // amtool 0.28 may not prove an Alertmanager 0.27.
        let refusals = try InstalledTools([ProvingTools.amtool]).refusals(
            of: [ProvingTools.amtool], deploying: deployment.images)
        #expect(refusals.count == 1, "\(refusals)")
    }
}
