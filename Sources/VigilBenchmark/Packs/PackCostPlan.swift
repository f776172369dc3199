/// What `vigil-bench packs-setup` prepared and `vigil-bench packs-measure` measures, kept as `plan.json` in the
/// work folder: the end time, the fleet's size, and every pack alert to evaluate.
struct PackCostPlan: Codable, Sendable {
    /// The evaluation time, in Unix seconds.
    var end: Int64
    /// The targets of each job.
    var hosts: Int
    /// The series written, all jobs together.
    var series: Int
    /// The samples written.
    var samples: Int
    /// The stack's evaluation interval, in seconds: the pack groups set none.
    var evaluationIntervalSeconds: Double
    /// The alerts, in the stack's order.
    var alerts: [PackFleet.Alert]
}
