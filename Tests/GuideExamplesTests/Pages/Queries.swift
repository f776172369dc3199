import Vigil

// The examples of docs/guide/queries.md.
extension Shop {
    // guide:begin selections
    static let serverErrors = requests.where(.status, matches: "5..")
    static let checkoutPosts = requests.where(.handler, equals: "/checkout").where(.method, equals: "POST")
    static let apiUp = PrometheusServerMetrics.up.job("shop-api")
    // guide:end

    // guide:begin functions
    static let errorRate = sum(rate(serverErrors, over: .minutes(5)), by: [.handler])
    static let errorRatio = sum(rate(serverErrors, over: .minutes(5))) / sum(rate(requests, over: .minutes(5)))
    static let p95 = histogramQuantile(0.95, latency, over: .minutes(5), by: [.handler])
    static let meanJobSeconds =
        sum(rate(jobDuration.sum, over: .minutes(10))) / sum(rate(jobDuration.count, over: .minutes(10)))
    static let exportAge = age(lastExport)
    static let inFlightTrend = deriv(inFlight, over: .minutes(10))
    // guide:end

    // guide:begin conditions
    static let tooManyErrors = errorRatio > 0.05
    static let apiDown = apiUp.equals(0)
    static let noRequests = absent(requests)
    static let busyAndFailing = (sum(inFlight) > 100).and(sum(rate(serverErrors, over: .minutes(5))) > 1)
    // guide:end

    // guide:begin vector-matching
    static let memoryShare =
        (ProcessMetrics.residentMemoryBytes.job("shop-api") / max(NodeExporterMetrics.memoryMemTotalBytes))
        .on(names: []).groupLeft() > 0.8
    // guide:end

    // guide:begin raw-promql
    static let slowCheckouts = PromQL(
        #"sum(rate(http_request_duration_seconds_count{handler="/checkout"}[5m])) - sum(rate(http_request_duration_seconds_bucket{handler="/checkout", le="1.0"}[5m])) > 10"#
    )
    // guide:end

    /// The stack of the queries page: each query in a recording rule or an alert, so that it is checked.
    static let queriesStack = Stack("guide-queries") {
        Service("shop-api", scrape: .target("api:8080")) {
            requests
            latency
            inFlight
            ProcessMetrics.all
            Record("handler:http_requests_errors:rate5m") { errorRate }
            Record("handler:http_request_duration_seconds:p95") { p95 }
            Record("shop:http_requests_in_flight:deriv10m") { inFlightTrend }
            Alert("HighErrorRatio", severity: .warning) { tooManyErrors }
            Alert("ApiDown", severity: .critical, for: .minutes(2)) { apiDown }
            Alert("NoRequests", severity: .warning, for: .minutes(10)) { noRequests }
            Alert("BusyAndFailing", severity: .warning, for: .minutes(5)) { busyAndFailing }
            Alert("ApiMemoryHigh", severity: .warning, for: .minutes(10)) { memoryShare }
            Alert("SlowCheckouts", severity: .warning, for: .minutes(10)) { slowCheckouts }
        }
        Service("shop-worker", scrape: .target("worker:9100")) {
            jobDuration
            jobsFailed
            lastExport
            Record("shop:job_duration_seconds:mean10m") { meanJobSeconds }
            Alert("ExportStale", severity: .warning) { exportAge > 86400 }
        }
        NodeExporter()
    }
}
