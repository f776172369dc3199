import Foundation
import VigilBackends
import VigilModel
import YAMLKit

/// What a generated stack's kube-prometheus-stack values deploy, as `specs validate` needs it for a stack without
/// a compose file: the images of Prometheus and Alertmanager (whose releases the tools must match) and the
/// features Prometheus is started with (which promtool must enable too).
public struct ChartValuesDeployment: Sendable, Equatable {
    /// The images of the chart's Prometheus and Alertmanager, as the values pin them.
    public var images: [ContainerImage]
    /// The `enableFeatures` of the chart's Prometheus.
    public var prometheusFeatures: [String]

    /// What the values file of the stack folder at `folder` deploys; nothing without one.
    public init(stackFolder folder: URL) throws {
        let url = folder.appendingPathComponent(KubePrometheusStackValues.path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            self.init(images: [], prometheusFeatures: [])
            return
        }
        try self.init(valuesText: try String(contentsOf: url, encoding: .utf8))
    }

    /// What the values `text` deploy.
    public init(valuesText text: String) throws {
        let values = try YAMLParser().parse(text)
        let prometheus = values["prometheus"]?["prometheusSpec"]
        let images = [prometheus?["image"], values["alertmanager"]?["alertmanagerSpec"]?["image"]].compactMap {
            $0.flatMap(Self.image)
        }
        let features = prometheus?["enableFeatures"]?.sequenceValue ?? []
        self.init(images: images, prometheusFeatures: features.compactMap(\.stringValue))
    }

    /// The deployment of `images`, with Prometheus started with `prometheusFeatures`.
    public init(images: [ContainerImage], prometheusFeatures: [String]) {
        self.images = images
        self.prometheusFeatures = prometheusFeatures
    }

    /// The image of a chart's `image` value (`registry`, `repository`, `tag`), named as a compose file would name
    /// it: Docker Hub's registry left out.
    static func image(_ node: YAMLNode) -> ContainerImage? {
        guard let repository = node["repository"]?.stringValue, let tag = node["tag"]?.stringValue else { return nil }
        let registry = node["registry"]?.stringValue ?? KubePrometheusStackValues.defaultRegistry
        return ContainerImage(
            repository: registry == KubePrometheusStackValues.defaultRegistry
                ? repository : "\(registry)/\(repository)",
            tag: tag, versionVariable: "")
    }
}
