import Vigil

// The examples of docs/guide/metrics.md.
extension Shop {
    // guide:begin label-keys
    /// The labels of the request counter: queries and tests can name only these.
    enum Request: String, LabelKey { case handler, method, status }

    /// The labels of the latency histogram.
    enum Endpoint: String, LabelKey { case handler, method }

    /// A label whose values are a known few declares them: a matcher naming another value is an error.
    enum Payment: String, LabelKey {
        case outcome, provider
        static let values: [Payment: [String]] = [.outcome: ["success", "declined", "error"]]
    }
    // guide:end

    // guide:begin metric-kinds
    static let requests = Counter<Request>("http_requests_total", help: "Requests handled.")
    static let latency = Histogram<Endpoint>(
        "http_request_duration_seconds", help: "Request latency.", unit: .seconds,
        buckets: [0.1, 0.25, 0.5, 1, 2.5, 5])
    static let inFlight = Gauge<NoLabels>("http_requests_in_flight", help: "Requests being served.")
    static let payments = Counter<Payment>("shop_payments_total", help: "Payments attempted, by outcome.")
    static let cartItems = Summary<NoLabels>(
        "shop_cart_items", help: "Items per checked-out cart.", quantiles: [0.5, 0.9, 0.99])
    // guide:end

    // guide:begin worker-metrics
    static let jobDuration = Histogram<NoLabels>(
        "shop_job_duration_seconds", help: "Time a background job took.", unit: .seconds,
        buckets: [1, 5, 30, 60, 300])
    static let jobsFailed = Counter<NoLabels>("shop_jobs_failed_total", help: "Background jobs that failed.")
    static let lastExport = Gauge<NoLabels>(
        "shop_export_last_success_timestamp_seconds", help: "When the nightly export last succeeded.",
        unit: .seconds)
    // guide:end

    // guide:begin service
    static let api = Service("shop-api", scrape: .target("api:8080", path: "/metrics")) {
        requests
        latency
        inFlight
        payments
        cartItems
        ProcessMetrics.all
    }
    // guide:end

    // guide:begin scrape-options
    static let search = Service(
        "shop-search",
        scrape: .target("search:9443", scheme: .https, interval: .seconds(30), labels: ["team": "search"])
            .authorization(.bearer(.secret("search_scrape_token")))
            .tls(ScrapeTLS(certificateAuthority: .secret("search_ca")))
            .fallbackProtocol(.prometheusText004),
        ruleInterval: .seconds(30), ruleLabels: ["team": "search"])
    static let workers = Service(
        "shop-worker",
        scrape: .discovered(
            .files(["targets/workers.json"], refresh: .minutes(5)),
            .dns(["_metrics._tcp.shop"], type: .srv, port: nil, refresh: .minutes(1)))
    ) {
        jobDuration
        jobsFailed
        lastExport
    }
    // guide:end

    /// The stack of the metrics page.
    static let metricsStack = Stack("guide-metrics") {
        api
        search
        workers
    }
}
