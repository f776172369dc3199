import Vigil

extension StackTemplate {
    /// 99.9% of requests succeed: about 43 minutes of errors in 30 days. It pages when the error budget burns
    /// fast and opens a ticket when it burns slowly.
    static let availabilitySLO = SLO("availability", objective: 99.9%, runbook: "\(runbooks)/availability") {
        Ratio(errors: requests.where(.status, matches: "5.."), total: requests)
    }
}
