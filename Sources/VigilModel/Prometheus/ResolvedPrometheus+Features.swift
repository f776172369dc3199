import VigilCore

extension ResolvedPrometheus {
    /// The command-line arguments that enable ``features``: one `--enable-feature=a,b`, or none. The compose
    /// file and the end-to-end runs start Prometheus with them.
    public var featureArguments: [String] {
        features.isEmpty ? [] : ["--enable-feature=" + features.map(\.rawValue).joined(separator: ",")]
    }

    /// Whether Prometheus is started with `feature`.
    public func enables(_ feature: PrometheusFeature) -> Bool {
        features.contains(feature)
    }

    /// The features promtool takes as well, so that it checks and tests rules as the server runs them: the
    /// PromQL ones (promtool rejects the others).
    static let promtoolFeatures: Set<String> = ["promql-experimental-functions", "promql-delayed-name-removal"]

    /// promtool's global arguments for a server started with the features `features`: one
    /// `--enable-feature=a,b` of those promtool takes, or none.
    public static func promtoolArguments(enabling features: [String]) -> [String] {
        let taken = features.filter(promtoolFeatures.contains)
        return taken.isEmpty ? [] : ["--enable-feature=" + taken.joined(separator: ",")]
    }

    /// promtool's global arguments for this server's features.
    public var promtoolArguments: [String] { Self.promtoolArguments(enabling: features.map(\.rawValue)) }
}
