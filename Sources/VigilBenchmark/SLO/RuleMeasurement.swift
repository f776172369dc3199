/// One recording rule evaluated at the end time: what it read and how long the server took, best of a few runs.
struct RuleMeasurement: Codable, Sendable {
    /// The rule.
    var rule: SLOPlan.Rule
    /// The samples one evaluation reads (`totalQueryableSamples`; the same on every run).
    var samples: Int
    /// The server's fastest time for one evaluation, in seconds.
    var seconds: Double
    /// The series the evaluation returned (none means the rule's inputs are missing).
    var series: Int

    /// The samples it reads in a day of evaluations at its group's interval.
    var samplesPerDay: Double { Double(samples) * rule.evaluationsPerDay }
    /// The server's time in a day of evaluations, in seconds.
    var secondsPerDay: Double { seconds * rule.evaluationsPerDay }
}
