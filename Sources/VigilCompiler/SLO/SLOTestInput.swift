import VigilBackends
import VigilDSL

/// The input series of an SLO's generated tests: series its selectors select, fed so that the SLI reads a
/// given ``SLOBurn``.
package struct SLOTestInput {
    /// What a counter counts, which decides how it grows during a burn.
    package enum Role {
        case bad, good, total
    }

    /// Where the SLI reads its input.
    package enum Source {
        /// Counters of events.
        case counters([(series: String, role: Role)])
        /// A 0/1 gauge, fed its average over the targets (`1 - error ratio`).
        case gauge(String)
        /// A "last success" timestamp gauge, fresh or stuck for good.
        case timestamps(String, maxAge: Duration)
    }

    /// The series.
    package var source: Source
    /// The values of the SLO's grouping labels in the series, which its alerts carry.
    package var groupLabels: [String: String]

    /// The input of `slo`, or why Vigil cannot derive one.
    package static func make(for slo: ResolvedSLO) -> Result<SLOTestInput, SLOTestInput.Unsupported> {
        let indicator = slo.indicator
        let grouping = indicator.grouping
        switch indicator.kind {
        case .errorRatio:
            return .failure(Unsupported("its error ratio is a hand-written query"))
        case .availability(let gauge), .freshness(let gauge, _):
            guard let name = gauge.name,
                let labels = LabelValueSolver.labels(
                    satisfying: gauge.matchers, grouping: grouping, declared: slo.labelValues)
            else { return .failure(Unsupported("no label values satisfy the matchers of \(gauge)")) }
            let series = selector(name, labels)
            let groupLabels = labels.filter { grouping.contains($0.key) }
            if case .freshness(_, let maxAge) = indicator.kind {
                return .success(SLOTestInput(source: .timestamps(series, maxAge: maxAge), groupLabels: groupLabels))
            }
            return .success(SLOTestInput(source: .gauge(series), groupLabels: groupLabels))
        case .errors, .good, .latency:
            guard let counters = EventCounters(slo) else { preconditionFailure("an indicator of events") }
            return events(counters, grouping: grouping, declared: slo.labelValues)
        }
    }

    /// Counters: when events and total are one metric, a series of the counted events and one of the others;
    /// otherwise a series of each metric.
    /// `declared` holds the label values the counters declare, which the series keep to.
    static func events(_ counters: EventCounters, grouping: [String], declared: [String: [String]])
        -> Result<SLOTestInput, Unsupported>
    {
        let (events, total) = (counters.events, counters.total)
        let groupMatchers = (events.matchers + total.matchers).filter { grouping.contains($0.label) }
        guard let eventsName = events.name, let totalName = total.name,
            let groupLabels = LabelValueSolver.labels(
                satisfying: groupMatchers, grouping: grouping, declared: declared)
        else { return .failure(Unsupported("no label values satisfy the matchers of \(events) and \(total)")) }
        let countedRole: Role = counters.counted == .bad ? .bad : .good
        let otherRole: Role = counters.counted == .bad ? .good : .bad
        guard eventsName == totalName else {
            guard
                let eventLabels = LabelValueSolver.labels(
                    satisfying: events.matchers, fixed: groupLabels, declared: declared),
                let totalLabels = LabelValueSolver.labels(
                    satisfying: total.matchers, fixed: groupLabels, declared: declared)
            else { return .failure(Unsupported("no label values satisfy the matchers of \(events) and \(total)")) }
            return .success(
                SLOTestInput(
                    source: .counters([
                        (selector(eventsName, eventLabels), countedRole), (selector(totalName, totalLabels), .total),
                    ]), groupLabels: groupLabels))
        }
        guard
            let counted = LabelValueSolver.labels(
                satisfying: events.matchers + total.matchers, fixed: groupLabels, declared: declared),
            let others = otherEvents(counted, events: events, total: total, grouping: grouping, declared: declared)
        else {
            return .failure(Unsupported("no label values tell the events of \(events) from the others of \(total)"))
        }
        return .success(
            SLOTestInput(
                source: .counters([
                    (selector(eventsName, counted), countedRole), (selector(totalName, others), otherRole),
                ]),
                groupLabels: groupLabels))
    }

    /// The labels of a series `total` selects and `events` does not: `counted` with one label changed.
    static func otherEvents(
        _ counted: [String: String], events: PromQLVectorSelector, total: PromQLVectorSelector, grouping: [String],
        declared: [String: [String]]
    ) -> [String: String]? {
        let labels = Set(events.matchers.map(\.label)).subtracting(grouping + [PromQLLabelMatcher.metricNameLabel])
        for label in labels.sorted() {
            let required = total.matchers.filter { $0.label == label }
            let avoided = events.matchers.filter { $0.label == label }
            if let value = LabelValueSolver.value(satisfying: required, violating: avoided, declared: declared[label]) {
                return counted.merging([label: value]) { $1 }
            }
        }
        return nil
    }

    /// `name{label="value",...}`, labels sorted.
    static func selector(_ name: String, _ labels: [String: String]) -> String {
        PromQLVectorSelector(
            name: name, matchers: labels.sorted { $0.key < $1.key }.map { PromQLLabelMatcher($0.key, .equal, $0.value) }
        ).description
    }

    /// How the SLI reads this input.
    var reading: SLOBurnModel.Reading {
        switch source {
        case .counters: .increases
        case .gauge: .samples
        case .timestamps: .staleness
        }
    }

    /// The series for `burn`, sampled every `interval` from 0 to the burn's horizon.
    func series(for burn: SLOBurn, interval: Duration, location: SourceLocation) -> [InputSeries] {
        let samples = Int(burn.horizon.milliseconds / interval.milliseconds)
        let healthy = Int(burn.start.milliseconds / interval.milliseconds)
        let input = { (series: String, values: SeriesValues) in
            InputSeries(
                series, values: values, fileID: location.fileID, filePath: location.filePath, line: location.line,
                column: location.column)
        }
        switch source {
        case .counters(let counters):
            let events = burn.eventsPerInterval
            let bad = events * burn.ratio
            return counters.map { series, role in
                let (before, during): (Fraction, Fraction) =
                    switch role {
                    case .bad: (Fraction(0), bad)
                    case .good: (events, events - bad)
                    case .total: (events, events)
                    }
                return input(series, Self.counter(from: events, before, during, healthy: healthy, samples: samples))
            }
        case .gauge(let series):
            let burning = SeriesValues.constant((Fraction(1) - burn.ratio).doubleValue, steps: samples - healthy)
            return [input(series, healthy == 0 ? burning : .constant(1, steps: healthy - 1) + burning)]
        case .timestamps(let series, let maxAge):
            // Fresh: updated at every sample. Stale: last updated longer than the maximum age before the start.
            // Absent: no sample at all.
            let step = interval.seconds
            let values: SeriesValues =
                burn.isAbsent
                ? .missing(steps: samples + 1)
                : burn.ratio == Fraction(0)
                    ? .increasing(from: 0, by: step, steps: samples)
                    : .constant(-(maxAge.seconds + step), steps: samples)
            return [input(series, values)]
        }
    }

    /// A counter starting at `start`, growing by `before` per interval up to sample `healthy`, then by `during`.
    static func counter(from start: Fraction, _ before: Fraction, _ during: Fraction, healthy: Int, samples: Int)
        -> SeriesValues
    {
        guard healthy > 0 else { return .increasing(from: start.doubleValue, by: during.doubleValue, steps: samples) }
        let atStart = start + before * Fraction(Int64(healthy))
        let first = SeriesValues.increasing(from: start.doubleValue, by: before.doubleValue, steps: healthy)
        guard samples > healthy else { return first }
        return first
            + .increasing(from: (atStart + during).doubleValue, by: during.doubleValue, steps: samples - healthy - 1)
    }

    /// Why an SLO gets no generated tests.
    package struct Unsupported: Error {
        package var reason: String

        init(_ reason: String) {
            self.reason = reason
        }
    }
}
