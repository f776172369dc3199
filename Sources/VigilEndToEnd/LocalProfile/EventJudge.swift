import VigilCompiler
import VigilModel

/// An SLO of counted events as it judges the events a scenario scripts: bad, good, or none of its business, when
/// its total does not count them, or when it counts errors and totals on two metrics (an event of one is then
/// neither: the other counter says).
struct EventJudge {
    /// The SLO's two counters.
    var counters: EventCounters
    /// The metric both counters count, when they count one.
    var metric: MetricDeclaration?

    /// The judge of `slo`; `nil` when its indicator does not count events.
    init?(_ slo: ResolvedSLO, in stack: ResolvedStack) {
        guard let counters = EventCounters(slo) else { return nil }
        self.counters = counters
        let metrics = [counters.events, counters.total].map { selector in
            selector.metricName.flatMap { EndToEndPlan.metric(exportedAs: $0, in: stack) }
        }
        metric = metrics[0] == metrics[1] ? metrics[0] : nil
    }

    /// The judges of every SLO of counted events in `stack`.
    static func all(in stack: ResolvedStack) -> [EventJudge] {
        stack.slos.compactMap { EventJudge($0, in: stack) }
    }

    /// Whether the SLO counts `event` as an error; `nil` when it does not judge it.
    func verdict(on event: ScriptedEvent) -> ScriptedEvent.Kind? {
        guard event.metric == metric, event.isCounted(by: counters.total) else { return nil }
        return event.isCounted(by: counters.events) == (counters.counted == .bad) ? .bad : .good
    }
}
