/// What `vigil-bench slo-setup` prepared and `vigil-bench slo-measure` measures, kept as `plan.json` in the work
/// folder: the end time, the data, the true ratios, every recording rule to evaluate and every period query.
struct SLOPlan: Codable, Sendable {
    /// A recording rule to evaluate at the end time.
    struct Rule: Codable, Sendable {
        /// Vigil, Sloth or Pyrra.
        var generator: String
        /// `availability` or `latency`.
        var slo: String
        /// Its group.
        var group: String
        /// Its group's interval in seconds (the server's evaluation interval when the group sets none).
        var intervalSeconds: Double
        /// The series it records.
        var record: String
        /// The labels it sets.
        var labels: [String: String]
        /// Its expression.
        var expression: String
        /// The window it covers, in Prometheus syntax; `nil` for none.
        var window: String?
        /// Its class.
        var windowClass: WindowClass
        /// The backfill pass that records its series before the measurement; `nil` when nothing reads it.
        var backfillPass: Int?

        /// Its evaluations per day.
        var evaluationsPerDay: Double { 86_400 / intervalSeconds }
    }

    /// The query of one rule set's error ratio over the period.
    struct PeriodQuery: Codable, Sendable {
        /// Vigil, Sloth or Pyrra.
        var generator: String
        /// `availability` or `latency`.
        var slo: String
        /// The query.
        var query: String
        /// The true ratio over the period, from the counted events.
        var trueRatio: Double
    }

    /// The evaluation time, in Unix seconds.
    var end: Int64
    /// The first sample's time.
    var dataStart: Int64
    /// The service's scrape interval, in seconds.
    var scrapeIntervalSeconds: Int64
    /// The SLOs' period, in Prometheus syntax.
    var period: String
    /// Series in the data.
    var series: Int
    /// Samples in the data.
    var samples: Int
    /// The events of the period.
    var truth: EventCounts
    /// Every recording rule of every rule set, in order.
    var rules: [Rule]
    /// Each rule set's period query.
    var periodQueries: [PeriodQuery]
}
