import Vigil

extension StackTemplate {
    /// The service's scrape job.
    static let job = "stacktemplate-api"

    /// A request's `method` and numeric `status` code.
    enum Request: String, LabelKey { case method, status }

    /// Requests handled, by method and status.
    static let requests = Counter<Request>("http_requests_total", help: "HTTP requests handled.")

    /// How long requests take, in seconds.
    static let latency = Histogram<NoLabels>(
        "http_request_duration_seconds", help: "HTTP request latency in seconds.", unit: .seconds,
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5])
}
