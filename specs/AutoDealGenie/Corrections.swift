import Vigil

extension AutoDealGenie {
    /// Where the monitoring guide's PromQL does not do what it says; the stack's README lists these.
    static let corrections = [
        Correction(
            "HighLatency alert",
            original: "histogram_quantile(0.95, http_request_duration_seconds_bucket) > 2",
            corrected: histogramQuantile(0.95, latency, over: .minutes(5), plus: [.job]) > 2,
            reason:
                "`histogram_quantile` reads the per-second rate of each bucket, kept apart by `le`; over the raw"
                + " cumulative bucket counters it returns the quantile of everything since the process started.")
    ]
}
