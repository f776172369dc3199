import VigilCore

/// An SLI of counted events as its two counters: the failed (or the good) events, and all events. Ratio and
/// latency SLIs are both this; a latency SLI counts the requests in its threshold's bucket as good.
package struct EventCounters {
    /// Which events the first counter counts.
    package enum Counted {
        case bad, good
    }

    /// Failed or good events.
    package var counted: Counted
    /// The counter of those events.
    package var events: PromQLVectorSelector
    /// The counter of all events.
    package var total: PromQLVectorSelector

    /// The counters of an SLO whose indicator counts events; `nil` for the other kinds.
    package init?(_ slo: ResolvedSLO) {
        switch slo.indicator.kind {
        case .errors(let errors, let total):
            self.init(counted: .bad, events: errors, total: total)
        case .good(let good, let total):
            self.init(counted: .good, events: good, total: total)
        case .latency(let histogram, let threshold):
            var bucket = histogram
            bucket.name = (histogram.name ?? "") + "_bucket"
            let bound = slo.latencyBucket ?? threshold.seconds
            bucket.matchers.append(PromQLLabelMatcher("le", .equal, NormalizedFloat.label(bound)))
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
}
