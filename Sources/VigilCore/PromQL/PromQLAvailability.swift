/// Which Prometheus versions run a PromQL function or aggregation operator, and the feature flag it needs.
public struct PromQLAvailability: Hashable, Sendable {
    /// The version a function left, and the function that took its place.
    public struct Removal: Hashable, Sendable {
        /// The first version without it.
        public var version: PrometheusVersion
        /// The function to call instead.
        public var replacement: String
    }

    /// The first version that has it; `nil` when every version from 2.40 on does.
    public var since: PrometheusVersion?
    /// The version that removed it, if one did.
    public var removal: Removal?
    /// The flag Prometheus must be started with for a query calling it to run (an experimental function), or
    /// to find anything (a native histogram function).
    public var feature: PrometheusFeature?

    /// In every version from 2.40 on, without flags.
    public static let stable = PromQLAvailability()

    /// Without flags from `version` on.
    public static func since(_ version: PrometheusVersion) -> PromQLAvailability {
        PromQLAvailability(since: version)
    }

    /// From `version` on, with `--enable-feature=promql-experimental-functions`.
    public static func experimental(since version: PrometheusVersion) -> PromQLAvailability {
        PromQLAvailability(since: version, feature: .promqlExperimentalFunctions)
    }

    /// From `version` on; reads native histograms, which Prometheus 3.5 ingests with
    /// `--enable-feature=native-histograms`.
    public static func nativeHistograms(since version: PrometheusVersion) -> PromQLAvailability {
        PromQLAvailability(since: version, feature: .nativeHistograms)
    }

    /// Up to the version before `version`, which replaced it with `replacement`.
    public static func removed(in version: PrometheusVersion, replacement: String) -> PromQLAvailability {
        PromQLAvailability(removal: Removal(version: version, replacement: replacement))
    }
}
