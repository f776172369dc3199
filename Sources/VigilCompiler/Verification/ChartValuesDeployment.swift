import Foundation
import VigilBackends
import VigilModel
import YAMLKit

/// What a generated stack's kube-prometheus-stack values start Prometheus with, as `specs validate` needs it for a
/// stack without a compose file: the features (which promtool must enable too).
public struct ChartValuesDeployment: Sendable, Equatable {
    /// The `enableFeatures` of the chart's Prometheus.
    public var prometheusFeatures: [String]

    /// What the values file of the stack folder at `folder` deploys; nothing without one.
    public init(stackFolder folder: URL) throws {
        let url = folder.appendingPathComponent(KubePrometheusStackValues.path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            self.init(prometheusFeatures: [])
            return
        }
        let values = try YAMLParser().parse(try String(contentsOf: url, encoding: .utf8))
        let features = values["prometheus"]?["prometheusSpec"]?["enableFeatures"]?.sequenceValue ?? []
        self.init(prometheusFeatures: features.compactMap(\.stringValue))
    }

    /// The deployment of a Prometheus started with `prometheusFeatures`.
    public init(prometheusFeatures: [String]) {
        self.prometheusFeatures = prometheusFeatures
    }
}
