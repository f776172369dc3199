import VigilCompiler
import VigilModel

extension EndToEndPlan {
    /// A gauge alert, `gauge{...} > threshold` (or `<`, `>=`, `<=`, directly or through `max`, `min`, `avg`,
    /// or `sum` for an upper bound), made to fire by setting the gauge's served series beyond the threshold,
    /// then resolved by setting them back on the quiet side. `nil` for other alerts.
    static func gaugeBeyondThreshold(_ alert: ResolvedAlert, in stack: ResolvedStack)
        -> Result<EndToEndScenario?, Unscriptable>
    {
        guard case .binary(let condition)? = alert.expression?.tree, !condition.returnsBool,
            case .number(let threshold) = condition.rhs,
            let above = [.greater: true, .greaterOrEqual: true, .less: false, .lessOrEqual: false][condition.op],
            let selector = gaugeSelector(condition.lhs, upperBound: above),
            let name = selector.metricName,
            let metric = metric(exportedAs: name, in: stack), metric.kind == .gauge
        else { return .success(nil) }
        let fault = above ? beyond(threshold) : below(threshold)
        let quiet = above ? below(threshold) : beyond(threshold)
        let served = servedSeries(of: metric, selectedBy: selector, in: stack)
        guard !served.isEmpty else { return .failure(Unscriptable("no scraped service serves \(selector)")) }
        var scenario = EndToEndScenario(name: "'\(alert.name)' gauge \(above ? "above" : "below") \(threshold)")
        scenario.faultValues = Dictionary(uniqueKeysWithValues: served.map { ($0, fault) })
        scenario.recoveryValues = Dictionary(uniqueKeysWithValues: served.map { ($0, quiet) })
        scenario.expected = [
            ExpectedFiring(
                cause: "\(name) set to \(fault)", alertName: alert.name, labels: staticLabels(of: alert))
        ]
        return .success(scenario)
    }

    /// The gauge selector of the condition's left side: the selector itself, or inside an aggregation whose
    /// value follows every series' value (`sum` only for an upper bound).
    static func gaugeSelector(_ expression: PromQLExpression, upperBound: Bool) -> PromQLVectorSelector? {
        switch expression {
        case .vectorSelector(let selector):
            return selector
        case .aggregation(let aggregation):
            let follows: Set<PromQLAggregation.Operator> = upperBound ? [.max, .min, .avg, .sum] : [.max, .min, .avg]
            guard follows.contains(aggregation.op), case .vectorSelector(let selector) = aggregation.expression else {
                return nil
            }
            return selector
        default:
            return nil
        }
    }

    /// A value above `threshold`, and one below it.
    static func beyond(_ threshold: Double) -> Double { threshold >= 0 ? threshold * 2 + 1 : threshold / 2 }
    static func below(_ threshold: Double) -> Double { threshold > 0 ? threshold / 2 : threshold - 1 }

    /// The steady series of `metric` that `selector` selects, or one made to match it.
    static func servedSeries(
        of metric: MetricDeclaration, selectedBy selector: PromQLVectorSelector, in stack: ResolvedStack
    )
        -> [ScriptedSeries]
    {
        let matchers = selector.matchers.filter { $0.label != PromQLLabelMatcher.metricNameLabel }
        let selected = ExporterBaseline.series(of: stack).keys.filter { series in
            guard series.name == metric.name else { return false }
            let labels = Dictionary(uniqueKeysWithValues: series.labels.map { ($0.name, $0.value) })
                .merging(["job": series.target.job, "instance": series.target.instance]) { $1 }
            return matchers.allSatisfy { LabelValueSolver.matches($0, labels[$0.label] ?? "") == true }
        }
        guard selected.isEmpty else { return selected.sorted() }
        guard let labels = LabelValueSolver.labels(satisfying: matchers),
            let target = target(serving: metric.name, labels: labels, in: stack)
        else { return [] }
        return [ScriptedSeries(target: target, name: metric.name, labels: completed(labels, of: metric, in: stack))]
    }
}
