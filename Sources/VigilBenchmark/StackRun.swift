/// What compiling one synthetic stack produced and cost.
struct StackRun: Codable, Sendable {
    /// Services in the stack.
    var services: Int
    /// Dashboards generated: the services' own and the derived ones.
    var dashboards: Int
    /// Alerting and recording rules generated, SLO rules included.
    var rules: Int
    /// Files written.
    var files: Int
    /// Bytes written.
    var bytes: Int
    /// The best time of each stage over the repetitions.
    var seconds: StageSeconds
    /// The best time of each emitter over the repetitions, in the compiler's order.
    var emitters: [EmitterSeconds]
    /// The process's peak resident memory at the end, in bytes.
    var peakMemory: Int
}

/// The time one emitter took for a whole stack.
struct EmitterSeconds: Codable, Sendable {
    /// The emitter's type name.
    var name: String
    /// Its best time.
    var seconds: Stopwatch.Reading
}
