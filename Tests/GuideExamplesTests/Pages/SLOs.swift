import Vigil

// The examples of docs/guide/slos.md.
extension Shop {
    // guide:begin ratio
    static let availability = SLO("availability", objective: 99.9%) {
        Ratio(errors: requests.where(.status, matches: "5.."), total: requests)
    }
    static let checkoutSuccess = SLO("checkout-success", objective: 99%) {
        Ratio(
            good: requests.where(.status, matches: "2..|3..").where(.handler, equals: "/checkout"),
            total: requests.where(.handler, equals: "/checkout"))
    }
    // guide:end

    // guide:begin latency
    static let fastRequests = SLO("latency-500ms", objective: 95%) {
        Latency(latency, below: .milliseconds(500))
    }
    static let fastCheckouts = SLO("checkout-latency", objective: 99%) {
        Latency(latency.where(.handler, equals: "/checkout"), below: .seconds(1), by: [.method])
    }
    // guide:end

    // guide:begin histogram-count
    static let jobSuccess = SLO("jobs", objective: 99.5%) {
        Ratio(errors: jobsFailed, total: jobDuration.count)
    }
    // guide:end

    // guide:begin availability
    static let uptime = SLO("uptime", objective: 99.5%, window: .days(28)) {
        Availability(PrometheusServerMetrics.up.job("shop-api"))
    }
    // guide:end

    // guide:begin freshness
    static let exportFreshness = SLO("export-freshness", objective: 99%) {
        Freshness(lastExport, maxAge: .hours(26))
    }
    // guide:end

    // guide:begin error-ratio
    static let jobErrors = SLO("job-errors", objective: 99%, tiers: []) {
        ErrorRatio { window in
            PromQL(
                "sum(rate(shop_jobs_failed_total[\(window)])) / sum(rate(shop_job_duration_seconds_count[\(window)]))")
        }
    }
    // guide:end

    // guide:begin options
    static let paymentSLO = SLO(
        "payments", objective: 99.95%, window: .days(28),
        tiers: [
            .page(factor: 14.4, long: .hours(1), short: .minutes(5)),
            .ticket(budgetShare: 10%, long: .days(3), short: .hours(6)),
        ],
        alertName: "PaymentsBudgetBurn", labels: ["team": "payments"],
        runbook: "https://runbooks.example.com/shop/payments-slo", minimumRate: 0.5,
        longWindows: .fromRawCounters, scope: .serviceJob, noData: .page(after: .minutes(10))
    ) {
        Ratio(
            errors: requests.where(.handler, equals: "/pay").where(.status, matches: "5.."),
            total: requests.where(.handler, equals: "/pay"))
    }
    // guide:end

    // guide:begin any-job
    static let gatewayAvailability = SLO("gateway-availability", objective: 99.9%, scope: .anyJob) {
        Ratio(errors: requests.where(.status, matches: "5.."), total: requests)
    }
    // guide:end

    // guide:begin slo-service
    static let sloApi = Service("shop-api", scrape: .target("api:8080")) {
        requests
        latency
        availability
        checkoutSuccess
        fastRequests
        fastCheckouts
        uptime
        paymentSLO
        gatewayAvailability
    }
    static let sloWorker = Service("shop-worker", scrape: .target("worker:9100")) {
        jobDuration
        jobsFailed
        lastExport
        jobSuccess
        exportFreshness
        jobErrors
    }
    // guide:end

    /// The stack of the SLO page: 30-day windows and the slowest tier's 3 days need 33 days of retention.
    static let slosStack = Stack("guide-slos", prometheus: Prometheus(retention: .days(33))) {
        sloApi
        sloWorker
    }
}
