/// A Prometheus release line, for what a generated configuration and its queries may use.
///
/// A stack's ``Prometheus`` declares the version it targets (`compatibility:`), by default 3.5, the version the
/// generated compose file runs. A configuration field or PromQL function newer than that version stops
/// generation, naming the version that brought it; so does one the version removed.
public struct PrometheusVersion: ReleaseLine {
    /// The major version.
    public let major: Int
    /// The minor version.
    public let minor: Int

    /// Version `major.minor`.
    public init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// 2.40: the native histogram functions `histogram_count`, `histogram_sum` and `histogram_fraction`.
    public static let v240 = PrometheusVersion(2, 40)
    /// 2.42: an alert's `keep_firing_for`.
    public static let v242 = PrometheusVersion(2, 42)
    /// 2.47: `histogram_stddev` and `histogram_stdvar`.
    public static let v247 = PrometheusVersion(2, 47)
    /// 2.49: a scrape job's `scrape_protocols`; the `promql-experimental-functions` feature flag and its first
    /// functions (`mad_over_time`, `sort_by_label`, `sort_by_label_desc`).
    public static let v249 = PrometheusVersion(2, 49)
    /// 2.51: `histogram_avg`.
    public static let v251 = PrometheusVersion(2, 51)
    /// 2.53, a long-term-support release: a rule group's `query_offset`.
    public static let v253 = PrometheusVersion(2, 53)
    /// 2.54: the experimental `limitk` and `limit_ratio` aggregations.
    public static let v254 = PrometheusVersion(2, 54)
    /// 2.55: the experimental `info` function.
    public static let v255 = PrometheusVersion(2, 55)
    /// 3.0: a scrape job's `fallback_scrape_protocol` (scrapes without a valid Content-Type fail without it),
    /// a rule group's `labels`, `le` and `quantile` label values in float form, and `holt_winters` renamed
    /// `double_exponential_smoothing` (experimental).
    public static let v30 = PrometheusVersion(3, 0)
    /// 3.5, a long-term-support release and the version the generated compose file runs: the experimental
    /// `ts_of_last_over_time`, `ts_of_max_over_time` and `ts_of_min_over_time`.
    public static let v35 = PrometheusVersion(3, 5)
    /// 3.7: the experimental `first_over_time` and `ts_of_first_over_time`.
    public static let v37 = PrometheusVersion(3, 7)

    /// The Swift that names this version in a spec: `.v35`, or `PrometheusVersion(3, 6)` for an unnamed one.
    public var swiftSpelling: String {
        let named: [PrometheusVersion] = [.v240, .v242, .v247, .v249, .v251, .v253, .v254, .v255, .v30, .v35, .v37]
        return named.contains(self) ? ".v\(major)\(minor)" : "PrometheusVersion(\(major), \(minor))"
    }
}
