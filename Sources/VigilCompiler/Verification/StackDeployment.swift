import Foundation
import VigilBackends
import VigilModel

/// What a generated stack folder deploys, as `specs validate` needs it: the images whose releases the proving
/// tools must match, and the features Prometheus is started with, which promtool must enable too. Read from the
/// compose file or, for a stack generated without compose, from its Kubernetes chart values.
public struct StackDeployment: Sendable, Equatable {
    /// The images whose releases the proving tools must match, in file order.
    public var images: [ContainerImage]
    /// The features Prometheus is started with.
    public var prometheusFeatures: [String]

    /// The deployment of `images`, with Prometheus started with `prometheusFeatures`.
    public init(images: [ContainerImage], prometheusFeatures: [String]) {
        self.images = images
        self.prometheusFeatures = prometheusFeatures
    }

    /// What the stack folder at `folder` deploys: its compose file's, else its chart values', else nothing.
    public init(stackFolder folder: URL) throws {
        let compose = folder.appendingPathComponent(ComposeEmitter.path)
        let values = folder.appendingPathComponent(KubePrometheusStackValues.path)
        if FileManager.default.fileExists(atPath: compose.path) {
            try self.init(composeText: try String(contentsOf: compose, encoding: .utf8))
        } else if FileManager.default.fileExists(atPath: values.path) {
            try self.init(valuesText: try String(contentsOf: values, encoding: .utf8))
        } else {
            self.init(images: [], prometheusFeatures: [])
        }
    }
}
