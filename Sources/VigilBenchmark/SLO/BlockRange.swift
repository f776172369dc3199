import VigilDSL

/// The block lengths promtool's backfill writes: 2 hours times a power of 3 (2h, 6h, 18h, 54h, …), aligned on
/// multiples of their length since the epoch. `--max-block-duration` picks the largest not above it.
enum BlockRange {
    /// The lengths promtool can write, shortest first (ten of them, as its `ExponentialBlockRanges(2h, 10, 3)`).
    static let ladder: [Duration] = (0..<10).map { power in
        Duration.hours(2) * (0..<power).reduce(Int64(1)) { product, _ in product * 3 }
    }

    /// The most points a range query may return per series (Prometheus's query API refuses more).
    static let maximumPoints: Int64 = 11_000

    /// The longest block the rule backfill can fill at `interval`: it evaluates each block with one range query
    /// at that step, which must stay within ``maximumPoints``.
    static func longest(forStep interval: Duration) -> Duration {
        ladder.last { $0.milliseconds / max(interval.milliseconds, 1) <= maximumPoints } ?? ladder[0]
    }

    /// The shortest block that holds every sample from `start` to `end` (Unix seconds) in one block, so that the
    /// OpenMetrics backfill reads its input once (it reads the whole file again for every block it writes).
    /// `nil` when even the longest straddles a boundary.
    static func holding(from start: Int64, to end: Int64) -> Duration? {
        ladder.first { length in
            let seconds = length.milliseconds / 1000
            return start / seconds == end / seconds
        }
    }
}
