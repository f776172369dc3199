import Vigil

/// The document's six service level objectives, each over 30 days. Vigil derives their recording rules, their
/// burn-rate alerts (the document's "SLO violations") with tests, and the stack's SLO dashboard.
extension Aurum {
    /// Scenario creations, all outcomes.
    static let scenarioCreations = businessTransactions.where(.transactionType, equals: "scenario_create")

    /// Scenario runs, all outcomes.
    static let scenarioRuns = businessTransactions.where(.transactionType, equals: "scenario_run")

    /// API Availability, 99.9% (`AURUM_SLO_API_AVAILABILITY_TARGET=0.999`): requests answered without a server
    /// error. Quiet below 6 requests a minute, when a few errors would look like a burn.
    static let availabilitySLO = SLO(
        "api-availability", objective: 99.9%, alertName: "APIAvailabilityErrorBudgetBurn",
        runbook: "https://runbooks.example.com/aurum/slo-api-availability",
        minimumRate: 0.1
    ) {
        Ratio(errors: requests.where(.status, matches: "5.."), total: requests)
    }

    /// API Latency, "< 500 ms P95" (`AURUM_SLO_API_LATENCY_TARGET=500`): 95% of requests complete within
    /// 500 ms, a bucket of `REQUEST_LATENCY`. Counting fast requests, unlike a P95 over a window, adds up over
    /// 30 days.
    static let latencySLO = SLO(
        "api-latency", objective: 95%, alertName: "APILatencyErrorBudgetBurn",
        runbook: "https://runbooks.example.com/aurum/slo-api-latency", minimumRate: 0.1
    ) {
        Latency(requestLatency, below: .milliseconds(500))
    }

    /// Scenario Creation, 99.5% succeed.
    static let scenarioCreationSLO = SLO(
        "scenario-creation", objective: 99.5%, runbook: "https://runbooks.example.com/aurum/slo-scenario-creation"
    ) {
        Ratio(good: scenarioCreations.where(.status, equals: "success"), total: scenarioCreations)
    }

    /// Scenario Runs, 95% succeed (`AURUM_SLO_SCENARIO_SUCCESS_TARGET=0.95`).
    static let scenarioRunsSLO = SLO(
        "scenario-runs", objective: 95%, runbook: "https://runbooks.example.com/aurum/slo-scenario-runs"
    ) {
        Ratio(good: scenarioRuns.where(.status, equals: "success"), total: scenarioRuns)
    }

    /// Data Freshness, "< 1 hour staleness": the document gives no share of time, so this asks for 99% (7 hours a
    /// month of staler data).
    static let freshnessSLO = SLO(
        "data-freshness", objective: 99%, runbook: "https://runbooks.example.com/aurum/slo-data-freshness"
    ) {
        Freshness(dataLastUpdated, maxAge: .hours(1))
    }

    /// Cache Hit Rate, "> 90%": 90% of cache lookups are hits. Misses slow requests down without failing them, so
    /// this SLO opens tickets and never pages; with a 10% budget, the standard page at 14.4x could not fire anyway.
    static let cacheHitSLO = SLO(
        "cache-hit-rate", objective: 90%,
        tiers: [
            .ticket(factor: 3, long: .days(1), short: .hours(2)), .ticket(factor: 1, long: .days(3), short: .hours(6)),
        ],
        runbook: "https://runbooks.example.com/aurum/slo-cache-hit-rate"
    ) {
        Ratio(good: cacheLookups.where(.result, equals: "hit"), total: cacheLookups)
    }

    /// The six, for the service's body.
    @ServiceBuilder static var slos: [ServiceElement] {
        availabilitySLO
        latencySLO
        scenarioCreationSLO
        scenarioRunsSLO
        freshnessSLO
        cacheHitSLO
    }
}
