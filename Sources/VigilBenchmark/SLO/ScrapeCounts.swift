/// The requests of one endpoint and status in one scrape interval: how many fell in each bucket (not cumulative;
/// the last is `+Inf`), and their summed latency.
struct ScrapeCounts: Sendable, Equatable {
    /// Requests per bucket, the last one above the largest bound.
    var perBucket: [Int64]
    /// Their latencies added up, in milliseconds.
    var sumMilliseconds: Int64

    /// All of them.
    var total: Int64 { perBucket.reduce(0, +) }
}
