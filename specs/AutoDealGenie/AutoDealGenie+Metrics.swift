import Vigil

extension AutoDealGenie {
    /// The labels prometheus-fastapi-instrumentator puts on request counts. `status` is grouped by class
    /// (`2xx`, `5xx`), the instrumentator's default.
    enum Request: String, LabelKey { case handler, method, status }

    /// The labels the instrumentator puts on request latency.
    enum Handler: String, LabelKey { case handler, method }

    /// The label of business outcomes.
    enum Outcome: String, LabelKey { case status }

    /// Requests handled, from the instrumentator.
    static let requests = Counter<Request>(
        "http_requests_total", help: "Total number of requests by method, status and handler.")

    /// Request latency, from the instrumentator. The buckets are configured in the backend so that the
    /// latency targets (500 ms, 2 s) are bucket boundaries.
    static let latency = Histogram<Handler>(
        "http_request_duration_seconds", help: "Latency with only few buckets by handler.", unit: .seconds,
        buckets: [0.1, 0.25, 0.5, 1, 2, 5])

    /// Deals created, by their resulting status.
    static let dealsCreated = Counter<Outcome>(
        "autodealgenie_deals_created_total", help: "Total number of deals created")

    /// Time spent creating a deal.
    static let dealProcessing = Histogram<NoLabels>(
        "autodealgenie_deal_processing_seconds", help: "Time spent processing deals", unit: .seconds,
        buckets: [0.1, 0.5, 1, 2.5, 5, 10])
}
