import Foundation
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

/// The metrics and stacks the SLO tests share.
enum SLOFixtures {
    enum HTTP: String, LabelKey { case handler, method, status }

    static let requests = Counter<HTTP>("http_requests_total", help: "Requests handled.")
    static let latency = Histogram<HTTP>(
        "http_request_duration_seconds", help: "Request latency.", unit: .seconds, buckets: [0.1, 0.25, 0.5, 1, 2.5])
    /// A histogram timed in milliseconds, as many applications export one.
    static let latencyMilliseconds = Histogram<HTTP>(
        "http_request_duration_ms", help: "Request latency.", unit: .milliseconds, buckets: [50, 100, 200, 500])
    static let lastSync = Gauge<NoLabels>(
        "etl_last_success_timestamp_seconds", help: "When the ETL job last succeeded.", unit: .seconds)
    static let queue = Gauge<NoLabels>("queue_depth", help: "Jobs waiting.")

    /// The Sloth and Pyrra golden files, beside the package in `../shared/reference/slo-cases`.
    static let referenceCases = SharedReference.url("slo-cases")

    /// The availability SLO of the issue: 99.9% of requests without a 5xx over 30 days.
    static let availability = SLO("availability", objective: 99.9%) {
        Ratio(errors: requests.where(.status, matches: "5.."), total: requests)
    }

    /// A stack whose service `api` exports the metrics above and has `content`.
    static func stack(@ServiceBuilder _ content: () -> [ServiceElement]) -> Stack {
        let api = Service("api", scrape: .target("api:8080")) {
            requests
            latency
            lastSync
            queue
        }
        let slos = Service("api-slos", content: content)
        // 30-day windows and 3-day alert windows: Prometheus keeps 33 days.
        return Stack("shop", prometheus: Prometheus(retention: .days(33))) {
            api
            slos
        }
    }

    /// The lowered stack of `content`.
    static func lowered(@ServiceBuilder _ content: () -> [ServiceElement]) -> ResolvedStack {
        StackLowering.lower(stack(content))
    }

    /// The diagnostics of `content`, sorted.
    static func diagnostics(@ServiceBuilder _ content: () -> [ServiceElement]) throws -> [Diagnostic] {
        try Fixtures.diagnostics([stack(content)])
    }
}
