import Foundation
import VigilBackends
import VigilModel
import YAMLKit

/// What a generated stack's docker-compose.yml deploys, as `specs validate` needs it: the images (whose releases
/// the tools must match) and the features Prometheus is started with (which promtool must enable too).
public struct ComposeDeployment: Sendable, Equatable {
    /// The images of every service, in file order.
    public var images: [ContainerImage]
    /// The `--enable-feature` names of the Prometheus service's command.
    public var prometheusFeatures: [String]

    /// What the compose file of the stack folder at `folder` deploys; nothing without a compose file.
    public init(stackFolder folder: URL) throws {
        let url = folder.appendingPathComponent(ComposeEmitter.path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            self.init(images: [], prometheusFeatures: [])
            return
        }
        try self.init(composeText: try String(contentsOf: url, encoding: .utf8))
    }

    /// What the compose file `text` deploys.
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

    /// The deployment of `images`, with Prometheus started with `prometheusFeatures`.
    public init(images: [ContainerImage], prometheusFeatures: [String]) {
        self.images = images
        self.prometheusFeatures = prometheusFeatures
    }
}
