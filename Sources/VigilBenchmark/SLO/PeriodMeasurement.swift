/// One rule set's error ratio over the period, read from its recorded series at the end time, beside the true
/// ratio of the counted events.
struct PeriodMeasurement: Codable, Sendable {
    /// The query and the true ratio.
    var query: SLOPlan.PeriodQuery
    /// What the query returned; `nil` when it returned nothing.
    var value: Double?

    /// (measured − true) / true; `nil` without a value.
    var relativeError: Double? {
        value.map { ($0 - query.trueRatio) / query.trueRatio }
    }
}
