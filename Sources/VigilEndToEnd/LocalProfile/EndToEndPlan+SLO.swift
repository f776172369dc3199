import VigilBackends
import VigilCompiler
import VigilModel

extension EndToEndPlan {
    /// An SLO of counted events burning its whole budget: every event bad, so every tier fires (a tier that
    /// could not fire at an error ratio of 1 fails validation), then a flood of good events resolves them.
    static func burn(_ slo: ResolvedSLO, in stack: ResolvedStack) -> Result<EndToEndScenario, Unscriptable> {
        var scenario = EndToEndScenario(name: "SLO '\(slo.name)' of \(slo.service) burning")
        let input: SLOTestInput
        switch slo.indicator.kind {
        case .errors, .good, .latency:
            switch SLOTestInput.make(for: slo) {
            case .success(let made): input = made
            case .failure(let unsupported): return .failure(Unscriptable(unsupported.reason))
            }
        case .availability, .freshness:
            return .failure(Unscriptable("its indicator reads a gauge over time, which cannot recover within seconds"))
        case .errorRatio:
            return .failure(Unscriptable("its error ratio is a hand-written query"))
        }
        guard case .counters(let counters) = input.source, let judge = EventJudge(slo, in: stack) else {
            return .failure(Unscriptable("its indicator does not count events"))
        }
        // `rate` over a window divides by the whole window: a second of the fault must pass the traffic guard
        // over the longest one.
        let longest = slo.tiers.map(\.longWindow.seconds).max() ?? 0
        let rate = Swift.max(faultRate, (slo.minimumRate ?? 0) * longest)
        for (text, role) in counters {
            guard case .vectorSelector(let selector)? = try? PromQLExpression(parsing: text),
                let name = selector.metricName
            else { return .failure(Unscriptable("cannot read the series \(text)")) }
            let labels = Dictionary(
                selector.matchers.filter { $0.label != PromQLLabelMatcher.metricNameLabel && $0.label != "le" }.map {
                    ($0.label, $0.value)
                }, uniquingKeysWith: { $1 })
            guard let target = target(serving: name, labels: labels, in: stack),
                let metric = metric(exportedAs: name, in: stack)
            else { return .failure(Unscriptable("no scraped service serves \(name)")) }
            // The SLO's own events are bad in the fault and good in the recovery; when it counts errors and totals
            // on two metrics, an event of either is neither, and only needs to be counted by its counter.
            let counter = role == .total ? judge.counters.total : judge.counters.events
            let kinds: [ScriptedEvent.Kind] = role == .bad ? [.bad] : role == .good ? [.good] : [.bad, .good]
            for kind in kinds {
                let rates = events(
                    kind, of: metric, named: name, preferred: labels, fixed: input.groupLabels,
                    perSecond: kind == .bad ? rate : rate * recoveryFactor, target: target, in: stack,
                    accepting: { judge.metric == nil ? $0.isCounted(by: counter) : judge.verdict(on: $0) == kind })
                switch rates {
                case .success(let rates): scenario.add(rates, of: kind)
                case .failure(let reason): return .failure(reason)
                }
            }
        }
        let cause = "all events of SLO '\(slo.name)' bad"
        for alert in stack.alerts where alert.name == slo.alertName {
            let labels = staticLabels(of: alert)
            guard labels["slo"] == slo.name, labels["service"] == slo.service else { continue }
            scenario.expected.append(
                ExpectedFiring(cause: cause, alertName: alert.name, labels: labels.merging(input.groupLabels) { $1 }))
        }
        return .success(scenario)
    }
}
