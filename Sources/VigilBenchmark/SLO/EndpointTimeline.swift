/// One endpoint's series after every scrape: for each status, each cumulative bucket, the request count and the
/// latency sum, as the counters read (they start again from zero after a restart).
struct EndpointTimeline: Sendable {
    /// The number of finite bucket bounds.
    let buckets: Int
    /// Per status, per column (each finite bucket cumulatively, then the count, then the sum in milliseconds),
    /// per scrape: the counter's value.
    private(set) var values: [[[Int64]]]

    /// A timeline of zeros.
    init(statuses: Int, buckets: Int, scrapes: Int) {
        self.buckets = buckets
        values = Array(
            repeating: Array(repeating: Array(repeating: 0, count: scrapes), count: buckets + 2), count: statuses)
    }

    /// The column of the request count (the `+Inf` bucket), after the finite buckets.
    var countColumn: Int { buckets }
    /// The column of the latency sum in milliseconds.
    var sumColumn: Int { buckets + 1 }

    /// Adds one scrape interval's requests, by status, on top of the previous scrape's values unless the process
    /// restarted.
    mutating func record(_ counts: [ScrapeCounts], at scrape: Int, reset: Bool) {
        let fresh = scrape == 0 || reset
        for (status, interval) in counts.enumerated() {
            var cumulative: Int64 = 0
            for column in 0...buckets {
                cumulative += interval.perBucket[column]
                values[status][column][scrape] = (fresh ? 0 : values[status][column][scrape - 1]) + cumulative
            }
            values[status][sumColumn][scrape] =
                (fresh ? 0 : values[status][sumColumn][scrape - 1]) + interval.sumMilliseconds
        }
    }
}
