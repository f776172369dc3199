import VigilDSL

/// An SLI of counted events as its two counters: the failed (or the good) events, and all events. Ratio and
/// latency SLIs are both this; a latency SLI counts the requests in its threshold's bucket as good.
struct EventCounters {
    /// Which events the first counter counts.
    enum Counted {
        case bad, good
    }

    /// Failed or good events.
    var counted: Counted
    /// The counter of those events.
    var events: PromQLVectorSelector
    /// The counter of all events.
    var total: PromQLVectorSelector

    /// The counters of an SLO whose indicator counts events; `nil` for the other kinds.
    init?(_ slo: ResolvedSLO) {
        switch slo.indicator.kind {
        case .errors(let errors, let total):
            self.init(counted: .bad, events: errors, total: total)
        case .good(let good, let total):
            self.init(counted: .good, events: good, total: total)
        case .latency(let histogram, let threshold):
            var bucket = histogram
            bucket.name = (histogram.name ?? "") + "_bucket"
            let bound = slo.latencyBucket ?? threshold.seconds
            bucket.matchers.append(PromQLLabelMatcher("le", .equal, Self.bucketBound(bound)))
            var count = histogram
            count.name = (histogram.name ?? "") + "_count"
            self.init(counted: .good, events: bucket, total: count)
        case .availability, .freshness, .errorRatio:
            return nil
        }
    }

    init(counted: Counted, events: PromQLVectorSelector, total: PromQLVectorSelector) {
        self.counted = counted
        self.events = events
        self.total = total
    }

    /// A bucket bound as Prometheus 3 stores the `le` label of every classic histogram, whatever the exporter
    /// wrote: Go's shortest `%g` form, with `.0` added to whole numbers (`0.5`, `2.0`, `1e-05`, `+Inf`).
    static func bucketBound(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : value < 0 ? "-Inf" : "+Inf" }
        guard value != 0 else { return "0.0" }
        // Swift prints the shortest digits that round-trip, as Go does; only the layout differs.
        let shortest = value.magnitude.description
        let mantissa = shortest.prefix { $0 != "e" }
        let exponent = Int(shortest.drop { $0 != "e" }.dropFirst()) ?? 0
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = Array((whole + fraction).drop { $0 == "0" })
        let leadingZeros = (whole + fraction).prefix { $0 == "0" }.count
        while digits.last == "0" { digits.removeLast() }
        // The value is 0.DIGITS × 10^point.
        let point = whole.count - leadingZeros + exponent
        let sign = value < 0 ? "-" : ""
        let text: String
        if point - 1 < -4 || point - 1 >= 6 {
            let rest = digits.count > 1 ? "." + String(digits.dropFirst()) : ""
            let power = point - 1
            text = "\(digits[0])\(rest)e\(power < 0 ? "-" : "+")\(power.magnitude < 10 ? "0" : "")\(power.magnitude)"
        } else if point <= 0 {
            text = "0." + String(repeating: "0", count: -point) + String(digits)
        } else if point >= digits.count {
            text = String(digits) + String(repeating: "0", count: point - digits.count) + ".0"
        } else {
            text = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        return sign + text
    }
}
