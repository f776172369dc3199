import Vigil

// The examples of docs/guide/alerts.md.
extension Shop {
    // guide:begin alert
    static let highErrorRate = Alert("HighErrorRate", severity: .critical, for: .minutes(5)) {
        sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5)), plus: [.job]) > 0.05
    } annotations: {
        AlertSummary("High error rate on {{ $labels.job }}")
        AlertDescription("{{ $value | humanize }} failed requests per second")
        Runbook("https://runbooks.example.com/shop/high-error-rate")
        DashboardURL("https://grafana.example.com/d/shop-api")
        AlertAnnotation("team", "checkout")
    }
    // guide:end

    // guide:begin alert-tests
    static let failedCheckouts =
        requests.where(.status, equals: "500").where(.handler, equals: "/checkout").where(.method, equals: "POST")
    static let highErrorRateFires = AlertTest("HighErrorRate fires after 5 minutes of 0.1 errors per second") {
        InputSeries(failedCheckouts, labels: apiTarget, values: .increasing(from: 0, by: 6, steps: 20))
    } expect: {
        Quiet("HighErrorRate", at: .minutes(3))
        Fires("HighErrorRate", at: .minutes(15), labels: ["job": "shop-api"], value: 0.1)
    }
    static let highErrorRateQuiet = AlertTest("HighErrorRate stays quiet at one error a minute") {
        InputSeries(failedCheckouts, labels: apiTarget, values: .increasing(from: 0, by: 1, steps: 20))
    } expect: {
        Quiet("HighErrorRate", at: .minutes(15))
    }
    // guide:end

    // guide:begin series-values
    static let apiDownFires = AlertTest("ApiDown fires after 2 minutes without a scrape") {
        InputSeries(
            PrometheusServerMetrics.up, labels: apiTarget,
            values: .constant(1, steps: 3) + .constant(0, steps: 5) + .missing(steps: 2) + .samples([0, 0]))
    } expect: {
        Quiet("ApiDown", at: .minutes(3))
        Fires("ApiDown", at: .minutes(7), labels: apiTarget)
    }
    // guide:end

    // guide:begin histogram-observations
    static let slowRequests = Alert("SlowRequests", severity: .warning, for: .minutes(10)) {
        histogramQuantile(0.95, latency, over: .minutes(5), plus: [.job]) > 2
    } annotations: {
        AlertSummary("95% of requests take longer than {{ $value | humanizeDuration }}")
    }
    static let slowRequestsFires = AlertTest("SlowRequests fires when every request takes 3 seconds") {
        HistogramObservations(
            latency, labels: [.handler: "/checkout", .method: "POST"], target: apiTarget, observing: [3: 60],
            steps: 30)
    } expect: {
        Fires("SlowRequests", at: .minutes(20), labels: ["job": "shop-api"], value: 4.875)
    }
    static let slowRequestsQuiet = AlertTest("SlowRequests stays quiet when 3% of requests take 3 seconds") {
        HistogramObservations(
            latency, labels: [.handler: "/checkout", .method: "POST"], target: apiTarget,
            observing: [0.3: 97, 3: 3], steps: 30)
    } expect: {
        Quiet("SlowRequests", at: .minutes(20))
    }
    // guide:end

    // guide:begin recording-rules
    static let requestRate = Record("job:http_requests:rate5m") { sum(rate(requests, over: .minutes(5)), plus: [.job]) }
    static let errorShare = Record("job:http_requests_errors:ratio_rate5m", labels: ["team": "checkout"]) {
        PromQL(
            #"sum by (job) (rate(http_requests_total{status=~"5.."}[5m])) / sum by (job) (rate(http_requests_total[5m]))"#
        )
    }
    // guide:end

    // guide:begin alerting-service
    static let alertingApi = Service("shop-api", scrape: .target("api:8080")) {
        requests
        latency
        requestRate
        errorShare
        highErrorRate
        highErrorRateFires
        highErrorRateQuiet
        Alert("ApiDown", severity: .critical, for: .minutes(2)) {
            PrometheusServerMetrics.up.job("shop-api").equals(0)
        } annotations: {
            AlertSummary("The shop API is down")
        }
        apiDownFires
        slowRequests
        slowRequestsFires
        slowRequestsQuiet
    }
    // guide:end

    /// The stack of the alerts page.
    static let alertsStack = Stack("guide-alerts") {
        alertingApi
    }
}
