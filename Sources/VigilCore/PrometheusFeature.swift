/// A Prometheus feature flag (`--enable-feature=<name>`) that gates something Vigil writes.
///
/// A stack's ``Prometheus`` lists the ones it enables (`features:`); the generated compose file and the
/// end-to-end runs start Prometheus with them, and a query that needs one the stack does not enable stops
/// generation.
public enum PrometheusFeature: String, Hashable, Sendable, CaseIterable, Comparable {
    /// The experimental PromQL functions and aggregations (`double_exponential_smoothing`, `sort_by_label`,
    /// `limitk`, `info`, ...): without it Prometheus rejects a query that calls one.
    case promqlExperimentalFunctions = "promql-experimental-functions"
    /// Ingestion of native histograms, which the `histogram_count`, `histogram_sum`, `histogram_avg`,
    /// `histogram_stddev` and `histogram_stdvar` functions read: without it Prometheus 3.5 scrapes only classic
    /// histograms, and those functions return nothing.
    case nativeHistograms = "native-histograms"

    /// The Swift that names the feature in a spec, such as `.nativeHistograms`.
    public var swiftSpelling: String {
        switch self {
        case .promqlExperimentalFunctions: ".promqlExperimentalFunctions"
        case .nativeHistograms: ".nativeHistograms"
        }
    }

    /// Orders by flag name.
    public static func < (lhs: PrometheusFeature, rhs: PrometheusFeature) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
