import VigilDSL

extension EndToEndPlan {
    /// An SLO of counted events burning its whole budget: every event bad, so every tier fires (a tier that
    /// could not fire at an error ratio of 1 fails validation), then a flood of good events resolves them.
    static func burn(_ slo: ResolvedSLO, in stack: ResolvedStack) -> Result<EndToEndScenario, Unscriptable> {
        var scenario = EndToEndScenario(name: "SLO '\(slo.name)' of \(slo.service) burning")
        // `rate` over a window divides by the whole window: a second of the fault must pass the traffic guard
        // over the longest one.
        let longest = slo.tiers.map(\.longWindow.seconds).max() ?? 0
        let rate = Swift.max(faultRate, (slo.minimumRate ?? 0) * longest)
        let cause = "all events of SLO '\(slo.name)' bad"
        var groupLabels: [String: String]
        switch slo.indicator.kind {
        case .latency(let histogram, let threshold):
            guard let name = histogram.metricName,
                let metric = metric(exportedAs: name + "_bucket", in: stack),
                let labels = LabelValueSolver.labels(satisfying: histogram.matchers, grouping: slo.indicator.grouping),
                let target = target(serving: name + "_bucket", labels: labels, in: stack),
                let largest = metric.buckets.last
            else { return .failure(Unscriptable("no scraped service serves the histogram \(histogram)")) }
            let series = ScriptedSeries(target: target, name: "", labels: completed(labels, of: metric, in: stack))
            let labelsServed = Dictionary(uniqueKeysWithValues: series.labels.map { ($0.name, $0.value) })
            scenario.faultRates = observations(
                of: metric, labels: labelsServed, value: Swift.max(largest, threshold.seconds) * 2, perSecond: rate,
                target: target)
            scenario.recoveryRates = observations(
                of: metric, labels: labelsServed, value: 0, perSecond: rate * recoveryFactor, target: target)
            groupLabels = labels.filter { slo.indicator.grouping.contains($0.key) }
        case .errors, .good:
            let input: SLOTestInput
            switch SLOTestInput.make(for: slo) {
            case .success(let made): input = made
            case .failure(let unsupported): return .failure(Unscriptable(unsupported.reason))
            }
            guard case .counters(let counters) = input.source else {
                return .failure(Unscriptable("its indicator does not count events"))
            }
            for (text, role) in counters {
                guard case .vectorSelector(let selector)? = try? PromQLExpression(parsing: text),
                    let name = selector.metricName
                else { return .failure(Unscriptable("cannot read the series \(text)")) }
                let labels = Dictionary(
                    selector.matchers.filter { $0.label != PromQLLabelMatcher.metricNameLabel }.map {
                        ($0.label, $0.value)
                    }, uniquingKeysWith: { $1 })
                guard let target = target(serving: name, labels: labels, in: stack) else {
                    return .failure(Unscriptable("no scraped service serves \(name)"))
                }
                let completedLabels = metric(exportedAs: name, in: stack).map { completed(labels, of: $0, in: stack) }
                let series = ScriptedSeries(target: target, name: name, labels: completedLabels ?? labels)
                scenario.faultRates[series] = role == .good ? 0 : rate
                scenario.recoveryRates[series] = role == .bad ? 0 : rate * recoveryFactor
            }
            groupLabels = input.groupLabels
        case .availability, .freshness:
            return .failure(Unscriptable("its indicator reads a gauge over time, which cannot recover within seconds"))
        case .errorRatio:
            return .failure(Unscriptable("its error ratio is a hand-written query"))
        }
        for alert in stack.alerts where alert.name == slo.alertName {
            let labels = staticLabels(of: alert)
            guard labels["slo"] == slo.name, labels["service"] == slo.service else { continue }
            scenario.expected.append(
                ExpectedFiring(cause: cause, alertName: alert.name, labels: labels.merging(groupLabels) { $1 }))
        }
        return .success(scenario)
    }
}
