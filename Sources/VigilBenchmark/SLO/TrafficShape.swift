/// The synthetic service's traffic, as the SLO benchmark's Vigil spec declares its metrics and its data generator
/// writes them: one request counter and one classic latency histogram, both by route, method and status.
struct TrafficShape: Sendable {
    /// One route and method, with its mean request rate.
    struct Endpoint: Sendable {
        /// The `route` label.
        var route: String
        /// The `method` label.
        var method: String
        /// Requests per second over a day; the daily cycle moves it between 40% and 160% of this.
        var requestsPerSecond: Double
    }

    /// The `job` label every series carries, as Prometheus adds it when it scrapes the service (the data has no
    /// `instance` label: one target).
    var job = "checkout"
    /// The request counter's name.
    var requestsMetric = "http_requests_total"
    /// The latency histogram's name (its series add `_bucket`, `_count` and `_sum`).
    var latencyMetric = "http_request_duration_seconds"
    /// The routes and methods served.
    var endpoints: [Endpoint] = [
        Endpoint(route: "/cart", method: "GET", requestsPerSecond: 12),
        Endpoint(route: "/cart", method: "POST", requestsPerSecond: 4),
        Endpoint(route: "/checkout", method: "GET", requestsPerSecond: 3),
        Endpoint(route: "/checkout", method: "POST", requestsPerSecond: 2),
        Endpoint(route: "/search", method: "GET", requestsPerSecond: 25),
        Endpoint(route: "/search", method: "POST", requestsPerSecond: 1),
    ]
    /// The `status` label values: success, a client error (not counted against availability), two server errors.
    var statuses = ["200", "404", "500", "503"]
    /// The histogram's finite bucket bounds in seconds; `+Inf` follows.
    var buckets: [Double] = [0.1, 0.3, 1]
    /// The latency SLO's threshold, one of `buckets`: requests slower than this are bad.
    var latencyThreshold = 0.3
    /// The share of requests answered 5xx outside incidents.
    var baselineErrorShare = 0.0003
    /// The share of requests answered 404.
    var notFoundShare = 0.02
    /// The share of requests slower than the threshold outside incidents.
    var baselineSlowShare = 0.004

    /// Counter series plus histogram series (a bucket per bound, `+Inf`, `_count`, `_sum`).
    var seriesCount: Int {
        endpoints.count * statuses.count * (1 + buckets.count + 3)
    }

    /// Whether a status counts against availability (`5..`).
    static func isServerError(_ status: String) -> Bool { status.hasPrefix("5") }
}
