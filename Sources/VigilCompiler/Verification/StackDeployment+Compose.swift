import VigilBackends
import VigilModel
import YAMLKit

extension StackDeployment {
    /// What the compose file `text` deploys: every service's image, and the `--enable-feature` names of the
    /// Prometheus service's command.
    public init(composeText text: String) throws {
        let services = try YAMLParser().parse(text)["services"]?.mappingValue?.entries ?? []
        let images = services.compactMap { entry in
            entry.value["image"]?.stringValue.flatMap(ContainerImage.init(composeReference:))
        }
        let prometheus = services.first { ServerInstance.isInstance($0.key, of: ResolvedPrometheus.serviceName) }?.value
        let command = (prometheus?["command"]?.sequenceValue ?? []).compactMap(\.stringValue)
        let flag = "--enable-feature="
        let features = command.filter { $0.hasPrefix(flag) }.flatMap { argument in
            argument.dropFirst(flag.count).split(separator: ",").map(String.init)
        }
        self.init(images: images, prometheusFeatures: features)
    }
}
