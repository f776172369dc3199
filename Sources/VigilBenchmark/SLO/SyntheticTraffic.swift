import Foundation

/// The SLO benchmark's synthetic traffic: every scrape of the service from `start` to `end`, with a daily cycle,
/// random noise from a fixed seed, known error bursts and slow spells, and one process restart (a counter reset).
/// Counters are integers, so the true error ratios over any window are exact (``EventCounts``).
struct SyntheticTraffic: Sendable {
    /// The metrics, labels and shares.
    var shape = TrafficShape()
    /// The bursts.
    var incidents = Incident.standard
    /// The routes whose process restarts, and when (seconds before the end): their series start again from zero.
    var restarts: [(route: String, secondsBeforeEnd: Int64)] = [("/cart", 12 * 86_400 - 5 * 3600)]
    /// The time of the first scrape, in Unix seconds.
    var start: Int64
    /// The time of the last scrape, in Unix seconds: the benchmark evaluates the rules at this time.
    var end: Int64
    /// The scrape interval in seconds.
    var step: Int64
    /// The seed of the random noise.
    var seed: UInt64 = 20_260_301

    /// The first scrape's time: the first at or after `start` on the grid of `step` that ends at `end`.
    var firstScrape: Int64 { end - (end - start) / step * step }

    /// The scrape times, first to last.
    var times: StrideThrough<Int64> { stride(from: firstScrape, through: end, by: Int(step)) }

    /// The number of scrapes.
    var scrapes: Int { Int((end - start) / step) + 1 }

    /// The samples the data holds: one per series per scrape.
    var samples: Int { scrapes * shape.seriesCount }

    /// Every scrape of one endpoint, each series' value after each scrape, and the requests it served in the
    /// `window` seconds before the end (in the scrape intervals that end after `end - window`).
    func timeline(of endpoint: Int, window: Int64) -> (timeline: EndpointTimeline, counts: EventCounts) {
        var timeline = EndpointTimeline(statuses: shape.statuses.count, buckets: shape.buckets.count, scrapes: scrapes)
        var counted = EventCounts()
        let threshold = shape.buckets.firstIndex(of: shape.latencyThreshold) ?? 0
        var random = SplitMix64(seed: seed ^ (UInt64(endpoint + 1) &* 0xD1B5_4A32_D192_ED03))
        let route = shape.endpoints[endpoint].route
        let restart = restarts.filter { $0.route == route }.map { end - $0.secondsBeforeEnd }
        var scrape = 0
        for time in times {
            let reset = restart.contains { time - step < $0 && $0 <= time }
            let counts = requests(of: endpoint, at: time, random: &random)
            timeline.record(counts, at: scrape, reset: reset)
            if time > end - window {
                for (status, interval) in counts.enumerated() {
                    let served = interval.total
                    counted.total += served
                    counted.slow += served - interval.perBucket[0...threshold].reduce(0, +)
                    if TrafficShape.isServerError(shape.statuses[status]) { counted.serverErrors += served }
                }
            }
            scrape += 1
        }
        return (timeline, counted)
    }

    /// The requests one endpoint served in the scrape interval ending at `time`, by status, with their latency.
    func requests(of endpoint: Int, at time: Int64, random: inout SplitMix64) -> [ScrapeCounts] {
        let served = shape.endpoints[endpoint]
        let rate = served.requestsPerSecond * Self.dailyCycle(at: time) * (0.8 + 0.4 * random.unit())
        let total = Int64(rate * Double(step) + random.unit())
        var byStatus = Array(repeating: Int64(0), count: shape.statuses.count)
        var left = total
        var slowShare = shape.baselineSlowShare
        for incident in incidents where incident.covers(route: served.route, at: time, end: end) {
            switch incident.kind {
            case .errors(let share, let status):
                let failed = random.share(of: left, share)
                byStatus[shape.statuses.firstIndex(of: status) ?? 0] += failed
                left -= failed
            case .slow(let share):
                slowShare += share
            }
        }
        let serverErrors = shape.statuses.indices.filter { TrafficShape.isServerError(shape.statuses[$0]) }
        var baseline = random.share(of: left, shape.baselineErrorShare)
        left -= baseline
        for (position, index) in serverErrors.enumerated() {
            let part =
                position == serverErrors.count - 1
                ? baseline : random.share(of: baseline, 1 / Double(serverErrors.count - position))
            byStatus[index] += part
            baseline -= part
        }
        if let notFound = shape.statuses.firstIndex(of: "404") {
            let missing = random.share(of: left, shape.notFoundShare)
            byStatus[notFound] += missing
            left -= missing
        }
        byStatus[0] += left
        return byStatus.map { count in
            latency(of: count, slowShare: min(slowShare, 1), random: &random)
        }
    }

    /// How `count` requests spread over the buckets when `slowShare` of them are slower than the threshold: most
    /// fast requests in the first bucket, most slow ones in the first bucket above the threshold.
    func latency(of count: Int64, slowShare: Double, random: inout SplitMix64) -> ScrapeCounts {
        let slow = random.share(of: count, slowShare)
        let threshold = shape.buckets.firstIndex(of: shape.latencyThreshold) ?? 0
        var perBucket = Array(repeating: Int64(0), count: shape.buckets.count + 1)
        var left = count - slow
        for bucket in 0..<threshold {
            let landed = random.share(of: left, 0.7)
            perBucket[bucket] = landed
            left -= landed
        }
        perBucket[threshold] = left
        left = slow
        for bucket in (threshold + 1)..<shape.buckets.count {
            let landed = random.share(of: left, 0.8)
            perBucket[bucket] = landed
            left -= landed
        }
        perBucket[shape.buckets.count] = left
        var sumMilliseconds: Int64 = 0
        for (bucket, landed) in perBucket.enumerated() {
            sumMilliseconds += landed * typicalMilliseconds(inBucket: bucket)
        }
        return ScrapeCounts(perBucket: perBucket, sumMilliseconds: sumMilliseconds)
    }

    /// A request's latency in milliseconds standing for every request in a bucket: the middle of its bounds, or
    /// twice the last bound for `+Inf`.
    func typicalMilliseconds(inBucket bucket: Int) -> Int64 {
        let upper = bucket < shape.buckets.count ? shape.buckets[bucket] : 2 * (shape.buckets.last ?? 1)
        let lower = bucket == 0 ? 0 : shape.buckets[bucket - 1]
        return Int64(((lower + upper) / 2 * 1000).rounded())
    }

    /// Traffic over the day, between 0.4 and 1.6 of the mean: lowest at midnight UTC, highest at noon.
    static func dailyCycle(at time: Int64) -> Double {
        let secondOfDay = Double(time % 86_400)
        return 1 + 0.6 * sin(2 * Double.pi * (secondOfDay - 21_600) / 86_400)
    }
}
