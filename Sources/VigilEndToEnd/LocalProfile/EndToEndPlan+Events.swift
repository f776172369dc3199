import VigilCompiler
import VigilModel

extension EndToEndPlan {
    /// The counter rates of `perSecond` events of `kind` on the series `name` of `metric`, served by `target`; on a
    /// histogram, whole observations (its buckets, `_sum` and `_count`), beyond its largest bucket when bad and in
    /// its smallest when good, so that whichever SLO or alert reads them, a fault's observations are slow and a
    /// recovery's fast, and two scenarios scripting one series agree on its buckets.
    ///
    /// Scenarios run merged, so their events must not contradict another SLO counting them: every label but `fixed`
    /// takes the first value, `preferred` first, under which `accepts` holds and every SLO of counted events in the
    /// stack judges the events `kind` or not at all; unscriptable when no values do.
    static func events(
        _ kind: ScriptedEvent.Kind, of metric: MetricDeclaration, named name: String, preferred: [String: String],
        fixed: [String: String] = [:], perSecond: Double, target: LocalTarget, in stack: ResolvedStack,
        accepting accepts: (ScriptedEvent) -> Bool
    ) -> Result<[ScriptedSeries: Double], Unscriptable> {
        let value: Double =
            switch (metric.kind, kind) {
            case (.histogram, .bad): beyond(metric.buckets.last ?? 0)
            case (.histogram, .good): Swift.min(0, metric.buckets.first ?? 0)
            default: 0
            }
        let judges = EventJudge.all(in: stack)
        let found = labels(of: metric, preferred: preferred, fixed: fixed, judges: judges, in: stack) { labels in
            let event = ScriptedEvent(
                metric: metric, labels: labels.merging(["job": target.job, "instance": target.instance]) { $1 },
                value: value)
            return accepts(event) && judges.allSatisfy { judge in judge.verdict(on: event).map { $0 == kind } ?? true }
        }
        guard let labels = found else {
            let phase = kind == .bad ? "fault" : "recovery"
            return .failure(
                Unscriptable(
                    "no labels of \(metric.name) let its \(phase)'s events be \(kind) for every SLO counting them"))
        }
        guard metric.kind == .histogram else {
            return .success([ScriptedSeries(target: target, name: name, labels: labels): perSecond])
        }
        return .success(observations(of: metric, labels: labels, value: value, perSecond: perSecond, target: target))
    }

    /// The first labels of `metric` for which `accepts` holds, `nil` when none do: `fixed` as they are; each label
    /// a matcher of the judges names takes the value `preferred` gives it (or else the steady series' one), then
    /// the values the matchers suggest, the declared ones and the fallbacks; the other labels keep the first.
    static func labels(
        of metric: MetricDeclaration, preferred: [String: String], fixed: [String: String], judges: [EventJudge],
        in stack: ResolvedStack, where accepts: ([String: String]) -> Bool
    ) -> [String: String]? {
        let start = completed(preferred, of: metric, in: stack).merging(fixed) { $1 }
        let matchers = judges.flatMap { [$0.counters.events, $0.counters.total] }
            .filter { metric.seriesNames.contains($0.metricName ?? "") }.flatMap(\.matchers)
        let open = metric.labelNames.filter { label in fixed[label] == nil && matchers.contains { $0.label == label } }
        let candidates = Dictionary(
            uniqueKeysWithValues: open.map { label in
                let suggested = matchers.filter { $0.label == label }.compactMap {
                    LabelValueSolver.value(satisfying: [$0])
                }
                let values = [start[label]].compactMap { $0 } + suggested + (metric.labelValues[label] ?? [])
                return (label, (values + LabelValueSolver.fallbackValues).uniqued)
            })
        func search(_ labels: [String: String], _ open: ArraySlice<String>) -> [String: String]? {
            guard let label = open.first else { return accepts(labels) ? labels : nil }
            for value in candidates[label] ?? [] {
                if let found = search(labels.merging([label: value]) { $1 }, open.dropFirst()) { return found }
            }
            return nil
        }
        return search(start, open[...])
    }

    /// Counter rates of observations into a histogram: `perSecond` observations of `value` with `labels`.
    static func observations(
        of histogram: MetricDeclaration, labels: [String: String], value: Double, perSecond: Double,
        target: LocalTarget
    ) -> [ScriptedSeries: Double] {
        var rates: [ScriptedSeries: Double] = [:]
        for bound in histogram.buckets + [Double.infinity] {
            let series = ScriptedSeries(
                target: target, name: histogram.name + "_bucket",
                labels: labels.merging(["le": NormalizedFloat.label(bound)]) { $1 })
            rates[series] = value <= bound ? perSecond : 0
        }
        rates[ScriptedSeries(target: target, name: histogram.name + "_count", labels: labels)] = perSecond
        rates[ScriptedSeries(target: target, name: histogram.name + "_sum", labels: labels)] = perSecond * value
        return rates
    }
}
