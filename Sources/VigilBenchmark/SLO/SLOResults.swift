/// The measurements, kept as `results.json` in the work folder.
struct SLOResults: Codable, Sendable {
    /// Every recording rule's.
    var rules: [RuleMeasurement]
    /// Every rule set's period ratio.
    var periods: [PeriodMeasurement]
}
