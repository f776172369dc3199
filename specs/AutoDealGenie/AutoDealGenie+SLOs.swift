import Vigil

extension AutoDealGenie {
    /// The monitoring guide's availability objective: 99.9% of requests succeed (43 minutes of errors a month).
    /// Pages at the SRE Workbook's burn rates; quiet while fewer than 6 requests a minute arrive, when a handful
    /// of errors would look like a burn.
    static let availabilitySLO = SLO(
        "availability", objective: 99.9%, runbook: "https://runbooks.example.com/autodealgenie/slo-availability",
        minimumRate: 0.1
    ) {
        Ratio(errors: requests.where(.status, matches: "5.."), total: requests)
    }

    /// The guide's first latency objective: 95% of requests complete within 500 ms (a bucket of `latency`).
    static let fastRequestsSLO = SLO(
        "latency-500ms", objective: 95%, runbook: "https://runbooks.example.com/autodealgenie/slo-latency"
    ) {
        Latency(latency, below: .milliseconds(500))
    }

    /// The guide's second latency objective: 99% of requests complete within 2 s.
    static let boundedRequestsSLO = SLO(
        "latency-2s", objective: 99%, runbook: "https://runbooks.example.com/autodealgenie/slo-latency"
    ) {
        Latency(latency, below: .seconds(2))
    }
}
