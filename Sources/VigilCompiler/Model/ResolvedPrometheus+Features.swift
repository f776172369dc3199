import VigilDSL

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
}
