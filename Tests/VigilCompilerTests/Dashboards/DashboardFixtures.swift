import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

/// Stacks with dashboards that the dashboard tests share: together they use every panel kind, variable
/// kind, row form and field option.
enum DashboardFixtures {
    enum HTTP: String, LabelKey { case method, handler, status }
    static let requests = Counter<HTTP>("http_requests_total", help: "Requests handled.")
    static let latency = Histogram<HTTP>(
        "http_request_duration_seconds", help: "Request latency.", unit: .seconds, buckets: [0.1, 0.5, 1, 2])
    static let inFlight = Gauge<NoLabels>("http_requests_in_flight", help: "Requests being served.")

    /// A dashboard with every panel kind but logs, every variable kind and both row forms.
    static let everything = Dashboard(
        "Everything", folder: "Team", tags: ["shop"], description: "All panel kinds.", time: .last(.hours(3)),
        refresh: .seconds(30),
        links: [.url("Runbooks", "https://runbooks.example.com"), .dashboards("Shop", tagged: ["shop"])]
    ) {
        Variable("handler", .labelValues(.handler, of: requests), label: "Handler", multi: true, includeAll: true)
        Variable("method", .custom(["GET", "POST"]))
        Variable("window", .interval([.minutes(1), .minutes(5), .hours(1)], auto: true))
        Variable("source", .datasource(.prometheus), hidden: true)
        Variable("cluster", .constant("eu-1"))
        Variable(
            "busiest",
            .queryResult(topk(3, sum(rate(requests, over: .hours(1)), by: [.handler])), regex: #"handler="(.*)""#))
        Text("About", "The shop's **API**: traffic, latency and saturation.")
        Row("Traffic") {
            TimeSeries("Requests", unit: .requestsPerSecond, stacking: .normal) {
                sum(rate(requests.where(.handler, matches: "$handler"), over: .minutes(5)), by: [.method])
                Query(
                    PromQL(#"sum(rate(http_requests_total{method="$method"}[$__rate_interval]))"#), legendFormat: "all")
            }
            .legendFormat("{{method}}")
            .override(.name("POST"), .color(.red), .unit(.requestsPerMinute), .hidden)
            .links(DataLink("Runbook", url: "https://runbooks.example.com/requests", opensInNewTab: true))
            Stat("Error ratio", unit: .percentUnit, sparkline: false, colorMode: .background) {
                sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5)))
                    / sum(rate(requests, over: .minutes(5)))
            }
            .decimals(2)
            .thresholds(Thresholds(.green, .at(0.01, .orange), .at(0.05, .red)))
            GaugePanel("In flight", unit: .short) { inFlight }.min(0).max(100).thresholds(
                Thresholds(.green, .at(80, .red)))
            BarGauge("By handler", unit: .requestsPerSecond) { sum(rate(requests, over: .minutes(5)), by: [.handler]) }
                .legendFormat("{{handler}}")
        }
        Row("Latency", collapsed: true) {
            Heatmap("Latency buckets", latency, unit: .seconds)
            HistogramPanel("In flight distribution", bucketCount: 20) { inFlight }
            Table("Slowest handlers", unit: .seconds, sortBy: "Value") {
                topk(5, histogramQuantile(0.95, latency, over: .minutes(5), by: [.handler]))
            }
            .override(.regex("Value.*"), .decimals(3), .thresholds(Thresholds(.text, .at(1, .red))))
        }
        Row("Health") {
            StateTimeline("Targets", legend: .hidden) { PrometheusServerMetrics.up }
                .legendFormat("{{job}}")
                .mappings(.value("1", text: "up", color: .green), .value("0", text: "down", color: .hex("#d44a3a")))
            PieChart("Requests by status", style: .donut) { sum(increase(requests, over: .hours(1)), by: [.status]) }
                .legendFormat("{{status}}")
                .mappings(
                    .range(from: nil, to: 0, text: "none"), .special(.null, text: "no data"), .regex("^x", text: "x"))
        }
    }

    /// A service with the metrics above and a small dashboard of its own.
    static let api = Service("api", scrape: .target("api:8080")) {
        requests
        latency
        inFlight
        Dashboard("API") {
            TimeSeries("Latency p95", unit: .seconds) {
                histogramQuantile(0.95, latency, over: .minutes(5), by: [.handler])
            }
            .legendFormat("{{handler}}")
            Stat("In flight") { inFlight }
        }
    }

    /// The shop: the service and the big dashboard.
    static let shop = Stack("shop") {
        api
        everything
    }

    /// The lowered shop.
    static var resolvedShop: ResolvedStack { StackLowering.lower(shop) }

    /// A stack whose one service exports the metrics above, with `dashboards`.
    static func stack(_ dashboards: [Dashboard], name: String = "shop") -> Stack {
        Stack(name) {
            Service("api", scrape: .target("api:8080")) {
                requests
                latency
                inFlight
            }
            for dashboard in dashboards {
                dashboard
            }
        }
    }

    /// The diagnostic ids of a stack with these dashboards, sorted by location.
    static func ids(@ListBuilder<Dashboard> _ dashboards: () -> [Dashboard]) throws -> [String] {
        try Fixtures.ids([stack(dashboards())])
    }

    /// The diagnostics of a stack with these dashboards, sorted by location.
    static func diagnostics(@ListBuilder<Dashboard> _ dashboards: () -> [Dashboard]) throws -> [Diagnostic] {
        try Fixtures.diagnostics([stack(dashboards())])
    }
}
