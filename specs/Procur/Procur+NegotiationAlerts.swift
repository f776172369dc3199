import Vigil

extension Procur {
    /// The API's instance as Prometheus labels it, for alert tests.
    static let apiTarget = ["job": "procur-api", "instance": "procur-api:8000"]

    /// A vendor and category for test series.
    static let salesforceCRM: [Negotiation: String] = [.vendor: "Salesforce", .category: "CRM"]

    /// The summary's negotiation alerts: high failure rate (> 20%), stalled negotiations, low cost savings.
    @ServiceBuilder static var negotiationAlerts: [ServiceElement] {
        // Failed among all completed negotiations, over 15 minutes: negotiations are slow, so a shorter window
        // would swing with every single outcome.
        Alert("HighNegotiationFailureRate", severity: .warning, for: .minutes(10)) {
            sum(rate(negotiationsCompleted.where(.outcome, equals: "failed"), over: .minutes(15)))
                / sum(rate(negotiationsCompleted, over: .minutes(15))) > 0.2
        } annotations: {
            AlertSummary("More than 20% of negotiations fail")
            AlertDescription(
                "{{ $value | humanizePercentage }} of the negotiations completed in the last 15 minutes failed.")
            Runbook("https://runbooks.example.com/procur/high-negotiation-failure-rate")
        }
        AlertTest("HighNegotiationFailureRate fires when 3 of 10 negotiations fail") {
            InputSeries(
                negotiationsCompleted.where(.vendor, equals: "Salesforce").where(.category, equals: "CRM").where(
                    .outcome, equals: "failed"),
                labels: apiTarget, values: .increasing(from: 0, by: 3, steps: 40))
            InputSeries(
                negotiationsCompleted.where(.vendor, equals: "Salesforce").where(.category, equals: "CRM").where(
                    .outcome, equals: "success"),
                labels: apiTarget, values: .increasing(from: 0, by: 7, steps: 40))
        } expect: {
            Quiet("HighNegotiationFailureRate", at: .minutes(5))
            Fires("HighNegotiationFailureRate", at: .minutes(30), value: 0.3)
        }
        AlertTest("HighNegotiationFailureRate stays quiet when 1 of 10 negotiations fails") {
            InputSeries(
                negotiationsCompleted.where(.vendor, equals: "Salesforce").where(.category, equals: "CRM").where(
                    .outcome, equals: "failed"),
                labels: apiTarget, values: .increasing(from: 0, by: 1, steps: 40))
            InputSeries(
                negotiationsCompleted.where(.vendor, equals: "Salesforce").where(.category, equals: "CRM").where(
                    .outcome, equals: "success"),
                labels: apiTarget, values: .increasing(from: 0, by: 9, steps: 40))
        } expect: {
            Quiet("HighNegotiationFailureRate", at: .minutes(30))
        }

        // Stalled: negotiations are open, yet none has completed for an hour. `unless` keeps the left side only
        // when the right side is empty, which also covers a counter that has never been incremented.
        Alert("NegotiationsStalled", severity: .warning, for: .minutes(15)) {
            (sum(activeNegotiations) > 0).unless(sum(increase(negotiationsCompleted, over: .hours(1))) > 0)
        } annotations: {
            AlertSummary("Negotiations are stalled")
            AlertDescription("{{ $value }} negotiations are open and none has completed in the last hour.")
            Runbook("https://runbooks.example.com/procur/negotiations-stalled")
        }
        AlertTest("NegotiationsStalled fires when 4 negotiations stay open and none completes") {
            InputSeries(activeNegotiations, labels: apiTarget, values: .constant(4, steps: 90))
            InputSeries(
                negotiationsCompleted.where(.vendor, equals: "Salesforce").where(.category, equals: "CRM").where(
                    .outcome, equals: "success"),
                labels: apiTarget, values: .constant(12, steps: 90))
        } expect: {
            Quiet("NegotiationsStalled", at: .minutes(10))
            Fires("NegotiationsStalled", at: .minutes(80), value: 4)
        }
        AlertTest("NegotiationsStalled stays quiet while negotiations keep completing") {
            InputSeries(activeNegotiations, labels: apiTarget, values: .constant(4, steps: 90))
            InputSeries(
                negotiationsCompleted.where(.vendor, equals: "Salesforce").where(.category, equals: "CRM").where(
                    .outcome, equals: "success"),
                labels: apiTarget, values: .increasing(from: 12, by: 0.1, steps: 90))
        } expect: {
            Quiet("NegotiationsStalled", at: .minutes(80))
        }

        // Low savings: the average saving per completed negotiation over 6 hours (the summary's `_sum` over its
        // `_count`) below $1,000. For the record only: savings are a business figure, not an outage.
        Alert("LowCostSavings", severity: .info, for: .hours(1)) {
            sum(increase(costSavings.sum, over: .hours(6))) / sum(increase(costSavings.count, over: .hours(6)))
                < lowSavingsThreshold
        } annotations: {
            AlertSummary("Negotiations save little")
            AlertDescription(
                "Negotiations completed in the last 6 hours saved {{ $value | humanize }} dollars each on average.")
            Runbook("https://runbooks.example.com/procur/low-cost-savings")
        }
        AlertTest("LowCostSavings fires when negotiations save $500 each") {
            InputSeries(
                costSavings.count.where(.vendor, equals: "Salesforce").where(.category, equals: "CRM"),
                labels: apiTarget, values: .increasing(from: 0, by: 1, steps: 100))
            InputSeries(
                costSavings.sum.where(.vendor, equals: "Salesforce").where(.category, equals: "CRM"),
                labels: apiTarget, values: .increasing(from: 0, by: 500, steps: 100))
        } expect: {
            Quiet("LowCostSavings", at: .minutes(30))
            Fires("LowCostSavings", at: .minutes(90), value: 500)
        }
        AlertTest("LowCostSavings stays quiet when negotiations save $5,000 each") {
            InputSeries(
                costSavings.count.where(.vendor, equals: "Salesforce").where(.category, equals: "CRM"),
                labels: apiTarget, values: .increasing(from: 0, by: 1, steps: 100))
            InputSeries(
                costSavings.sum.where(.vendor, equals: "Salesforce").where(.category, equals: "CRM"),
                labels: apiTarget, values: .increasing(from: 0, by: 5000, steps: 100))
        } expect: {
            Quiet("LowCostSavings", at: .minutes(90))
        }
    }

    /// The average saving per negotiation, in dollars, below which `LowCostSavings` fires.
    static let lowSavingsThreshold = 1000.0
}
