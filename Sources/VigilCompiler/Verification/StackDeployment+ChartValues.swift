import VigilBackends
import VigilModel
import YAMLKit

extension StackDeployment {
    /// What kube-prometheus-stack values `text` deploy: the images of the chart's Prometheus and Alertmanager as
    /// the values pin them, and the Prometheus's `enableFeatures`.
    public init(valuesText text: String) throws {
        let values = try YAMLParser().parse(text)
        let prometheus = values["prometheus"]?["prometheusSpec"]
        let images = [prometheus?["image"], values["alertmanager"]?["alertmanagerSpec"]?["image"]].compactMap {
            $0.flatMap(Self.chartImage)
        }
        let features = prometheus?["enableFeatures"]?.sequenceValue ?? []
        self.init(images: images, prometheusFeatures: features.compactMap(\.stringValue))
    }

    /// The image of a chart's `image` value (`registry`, `repository`, `tag`), named as a compose file would name
    /// it: Docker Hub's registry left out.
    static func chartImage(_ node: YAMLNode) -> ContainerImage? {
        guard let repository = node["repository"]?.stringValue, let tag = node["tag"]?.stringValue else { return nil }
        let registry = node["registry"]?.stringValue ?? KubePrometheusStackValues.defaultRegistry
        return ContainerImage(
            repository: registry == KubePrometheusStackValues.defaultRegistry
                ? repository : "\(registry)/\(repository)",
            tag: tag, versionVariable: "")
    }
}
