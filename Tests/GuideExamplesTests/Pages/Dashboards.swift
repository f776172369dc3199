import Vigil

// The examples of docs/guide/dashboards.md.
extension Shop {
    // guide:begin dashboard
    static let overview = Dashboard(
        "Shop Overview", folder: "shop", tags: ["shop"], description: "The API's traffic, errors and latency.",
        time: .last(.hours(12)), refresh: .seconds(30),
        links: [
            .url("Runbooks", "https://runbooks.example.com/shop"),
            .dashboards("Shop dashboards", tagged: ["shop"]),
        ]
    ) {
        Variable("handler", .labelValues(.handler, of: requests), multi: true, includeAll: true)
        Variable("instance", .labelValues(.instance, of: requests), hidden: true)
        Row("Traffic") {
            TimeSeries("Requests", unit: .requestsPerSecond) {
                sum(rate(requests.where(.handler, matches: "$handler"), over: .minutes(5)), by: [.status])
            }
            .legendFormat("{{status}}")
            Stat("Error ratio", unit: .percentUnit) {
                sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5)))
                    / sum(rate(requests, over: .minutes(5)))
            }
            .decimals(2)
            .thresholds(Thresholds(.green, .at(0.01, .orange), .at(0.05, .red)))
        }
        Row("Latency", collapsed: true) {
            Heatmap("Latency", latency, unit: .seconds)
            TimeSeries("p95 by handler", unit: .seconds) {
                histogramQuantile(0.95, latency, over: .minutes(5), by: [.handler])
            }
            .legendFormat("{{handler}}")
            .size(width: 24, height: 10)
        }
    }
    // guide:end

    // guide:begin panel-kinds
    static let panels = Dashboard("Every Panel", tags: ["shop"]) {
        Text("About", "Runbooks: [shop](https://runbooks.example.com/shop)")
        TimeSeries("In flight", style: .bars, stacking: .normal, legend: .table(.mean, .max)) { inFlight }
        Stat("Requests per second", unit: .requestsPerSecond, colorMode: .background) {
            sum(rate(requests, over: .minutes(5)))
        }
        GaugePanel("Error ratio", unit: .percentUnit) {
            sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5)))
                / sum(rate(requests, over: .minutes(5)))
        }
        .min(0).max(1)
        BarGauge("Top handlers", unit: .requestsPerSecond) {
            topk(5, sum(rate(requests, over: .hours(1)), by: [.handler]))
        }
        .legendFormat("{{handler}}")
        PieChart("Requests by status", style: .donut) { sum(increase(requests, over: .hours(1)), by: [.status]) }
            .legendFormat("{{status}}")
        Table("Slowest handlers", unit: .seconds, sortBy: "Value") {
            topk(10, histogramQuantile(0.95, latency, over: .minutes(5), by: [.handler]))
        }
        Heatmap("Latency", latency, over: .minutes(10), unit: .seconds, scheme: .blues)
        HistogramPanel("In-flight distribution", bucketCount: 20) { inFlight }
        StateTimeline("Targets") { PrometheusServerMetrics.up }
            .legendFormat("{{job}}")
            .mappings(.value("1", text: "up", color: .green), .value("0", text: "down", color: .red))
        Logs("API errors", query: #"{service="shop-api"} |= "error""#, deduplication: .signature)
    }
    // guide:end

    // guide:begin variables
    static let variables = Dashboard("Variables", tags: ["shop"]) {
        Variable("status", .custom(["2xx", "4xx", "5xx"]), multi: true)
        Variable("window", .interval([.minutes(1), .minutes(5), .hours(1)], auto: true))
        Variable(
            "slowHandlers", .queryResult(topk(5, histogramQuantile(0.95, latency, over: .minutes(5), by: [.handler]))),
            label: "Slow handlers")
        Variable("job", .queryResult(PromQL("up"), regex: "/job=\"([^\"]+)\"/"))
        Variable("logs", .datasource(.loki), hidden: true)
        Variable("env", .constant("production"), hidden: true)
        TimeSeries("Requests by status", unit: .requestsPerSecond) {
            PromQL(#"sum by (status) (rate(http_requests_total{status=~"$status"}[$window]))"#)
        }
    }
    // guide:end

    // guide:begin modifiers
    static let modifiers = Dashboard("Modifiers", tags: ["shop"]) {
        Stat("Payments", unit: .short, reduction: .sum) { sum(increase(payments, over: .hours(1)), by: [.outcome]) }
            .description("Payments in the last hour, by outcome.")
            .legendFormat("{{outcome}}")
            .noValue("no payments")
            .links(DataLink("Payments runbook", url: "https://runbooks.example.com/shop/payments"))
            .mappings(.range(from: 0, to: 0, text: "none", color: .text))
            .override(.name("error"), .color(.red), .displayName("Failed"))
            .size(width: 8, height: 6)
    }
    // guide:end

    /// The stack of the dashboards page, with Loki for the logs panel.
    static let dashboardsStack = Stack("guide-dashboards") {
        Service("shop-api", scrape: .target("api:8080")) {
            requests
            latency
            inFlight
            payments
            overview
        }
        Grafana()
        Loki()
        panels
        variables
        modifiers
    }
}
