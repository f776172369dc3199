import Foundation
import VigilBackends
import VigilModel

/// What a generated stack folder deploys, as `specs validate` needs it: the images of its compose file and the
/// features it starts Prometheus with or, for a stack generated without compose, those of its Kubernetes chart
/// values.
public struct StackDeployment: Sendable, Equatable {
    /// The images whose releases the proving tools must match.
    public var images: [ContainerImage]
    /// The features Prometheus is started with, which promtool must enable too.
    public var prometheusFeatures: [String]

    /// What the stack folder at `folder` deploys.
    public init(stackFolder folder: URL) throws {
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(ComposeEmitter.path).path) {
            let compose = try ComposeDeployment(stackFolder: folder)
            (images, prometheusFeatures) = (compose.images, compose.prometheusFeatures)
        } else {
            let chart = try ChartValuesDeployment(stackFolder: folder)
            (images, prometheusFeatures) = (chart.images, chart.prometheusFeatures)
        }
    }
}
