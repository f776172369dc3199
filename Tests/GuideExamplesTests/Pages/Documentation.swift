import Vigil

// The examples of docs/guide/documentation.md.
extension Shop {
    // guide:begin corrections
    static let p95Query = histogramQuantile(0.95, latency, over: .minutes(5), plus: [.job])
    static let corrections = [
        Correction(
            "SlowRequests alert",
            original: "histogram_quantile(0.95, http_request_duration_seconds_bucket) > 2",
            corrected: p95Query > 2,
            reason: "`histogram_quantile` needs the per-second rate of each bucket, summed by `le`")
    ]
    static let notes = [
        Note("The document's `api` job is the `shop-api` scrape job here."),
        Note("Payments are not monitored yet: the provider exposes no metrics."),
    ]
    // guide:end

    /// The stack of the documentation page.
    static let documentationStack = Stack("guide-documentation") {
        Service("shop-api", scrape: .target("api:8080")) {
            latency
            Alert("SlowRequests", severity: .warning, for: .minutes(10)) { p95Query > 2 }
        }
        corrections
        notes
    }
}
