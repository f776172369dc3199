import VigilDSL

/// The error ratio Prometheus 3 computes from the input series of an ``SLOBurn`` over a window ending at a
/// sample time, exactly: the test input is sampled every `interval`, and both windows and burn start on sample
/// times, so `rate` extrapolates errors and totals alike and `avg_over_time` averages whole samples.
///
/// Since Prometheus 3 a range `[w]` evaluated at `t` is left-open, `(t - w, t]`: it holds the samples after
/// `t - w`, not the one at `t - w`. A window of `w` over input sampled every `w` therefore holds one sample, and
/// `rate` returns nothing; the generated tests sample at most every half of the shortest window.
struct SLOBurnModel {
    /// How the SLI reads its input.
    enum Reading {
        /// Counters: the ratio of the increases within the window.
        case increases
        /// A gauge: the average of the samples within the window.
        case samples
        /// Freshness: the data is stale from the start of the burn on, every sample of the recorded
        /// staleness is 1.
        case staleness
    }

    /// Windows read from increases recorded over `step`, at every multiple of `evaluation` (promtool evaluates
    /// every group at the tests file's interval), for the windows from `shortest` on.
    struct RecordedIncreases {
        var step: Duration
        var evaluation: Duration
        var shortest: Duration
    }

    var reading: Reading
    /// The input sample interval.
    var interval: Duration
    /// How the SLI's long windows read recorded increases, if they do.
    var recorded: RecordedIncreases? = nil

    /// The error ratio over `window` at `time`, or `nil` when the window holds too few samples for a result.
    func errorRatio(_ burn: SLOBurn, over window: Duration, at time: Duration) -> Fraction? {
        let last = time.milliseconds / interval.milliseconds
        // The first sample inside (time - window, time]: sample 0 when the window reaches back before it.
        let start = time.milliseconds - window.milliseconds
        let first = start < 0 ? 0 : start / interval.milliseconds + 1
        switch reading {
        case .increases:
            if let recorded, window >= recorded.shortest {
                return recordedRatio(burn, over: window, at: time, recorded)
            }
            // The increase from sample j-1 to j carries errors when the interval it covers is in the burn.
            guard last > first else { return nil }
            let erring = burning(first...last - 1, of: burn)
            return burn.ratio * Fraction(erring, last - first)
        case .samples:
            let erring = burning(first...last, of: burn)
            return burn.ratio * Fraction(erring, last - first + 1)
        case .staleness:
            return burn.ratio
        }
    }

    /// The failed share of the sums of the increases recorded within `(time - window, time]`. Each increase is
    /// the counters' difference over its step, exactly, when the input has a sample a step before; else
    /// Prometheus's `increase` over the step: the increases between the samples inside it, scaled up to the
    /// whole step (to half an input interval before the first sample when the step reaches back before the input
    /// starts).
    func recordedRatio(_ burn: SLOBurn, over window: Duration, at time: Duration, _ recorded: RecordedIncreases)
        -> Fraction?
    {
        let (input, step, every) = (interval.milliseconds, recorded.step.milliseconds, recorded.evaluation.milliseconds)
        let earliest = time.milliseconds - window.milliseconds
        var failed = Fraction(0)
        var all = Fraction(0)
        var evaluation = earliest < 0 ? 0 : (earliest / every + 1) * every
        while evaluation <= time.milliseconds {
            defer { evaluation += every }
            let start = evaluation - step
            // With a sample at the step's start, the difference counts every interval after it; else `increase`
            // counts those between the samples inside.
            let first = start < 0 ? 0 : start / input
            let last = evaluation / input
            guard last > first else { continue }
            let erring = burning(first...last - 1, of: burn)
            let sampled = (last - first) * input
            var toStart = start < 0 ? -start : 0
            if toStart * 10 >= input * 11 {
                toStart = input / 2
            }
            let scale = Fraction(sampled + toStart, sampled)
            failed = failed + scale * Fraction(erring, 1)
            all = all + scale * Fraction(last - first, 1)
        }
        guard all > Fraction(0) else { return nil }
        return burn.ratio * failed / all
    }

    /// How many of the input samples at `indices` fall in the burn: those at or after its start. Counted, not
    /// tried one by one: a test's windows reach over thousands of samples, at every evaluation.
    func burning(_ indices: ClosedRange<Int64>, of burn: SLOBurn) -> Int64 {
        let start = burn.start.milliseconds
        let step = interval.milliseconds
        // The first index whose time is at or after the start: the quotient rounded up (Swift's division rounds
        // towards zero, which is already up for a negative start).
        let firstBurning = start / step + (start % step > 0 ? 1 : 0)
        return max(0, indices.upperBound - max(indices.lowerBound, firstBurning) + 1)
    }

    /// Events per second when `eventsPerInterval` arrive per input interval, for the low-traffic guard.
    func eventRate(_ eventsPerInterval: Fraction) -> Fraction {
        eventsPerInterval / Fraction(interval.milliseconds, 1000)
    }
}
