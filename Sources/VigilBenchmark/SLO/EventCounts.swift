/// Requests counted over a window, exactly: all of them, the 5xx and the slow ones. The true error ratios of the
/// two SLOs follow.
struct EventCounts: Sendable, Equatable, Codable {
    /// Every request.
    var total: Int64 = 0
    /// Requests answered with a 5xx status.
    var serverErrors: Int64 = 0
    /// Requests slower than the latency threshold.
    var slow: Int64 = 0

    /// The availability SLO's true error ratio: 5xx over all requests.
    var errorRatio: Double { total == 0 ? 0 : Double(serverErrors) / Double(total) }
    /// The latency SLO's true error ratio: slow over all requests.
    var slowRatio: Double { total == 0 ? 0 : Double(slow) / Double(total) }

    /// Both windows' counts together.
    static func + (lhs: EventCounts, rhs: EventCounts) -> EventCounts {
        EventCounts(
            total: lhs.total + rhs.total, serverErrors: lhs.serverErrors + rhs.serverErrors, slow: lhs.slow + rhs.slow)
    }
}
