import Foundation
import VigilCompiler
import VigilModel

extension EndToEndPlan {
    /// Which side of its threshold a gauge alert fires on.
    enum FiringSide {
        /// Above (`>`, `>=`).
        case above
        /// Below (`<`, `<=`).
        case below
        /// At it (`==`): a flag such as `probe_success == 0`.
        case at

        init?(_ op: PromQLBinaryExpression.Operator) {
            switch op {
            case .greater, .greaterOrEqual: self = .above
            case .less, .lessOrEqual: self = .below
            case .equal: self = .at
            default: return nil
            }
        }
    }

    /// A gauge alert, `gauge{...} > threshold` (or `<`, `>=`, `<=`, directly or through `max`, `min`, `avg`,
    /// or `sum` for an upper bound; or `==`, a flag), made to fire by setting the gauge's served series beyond the
    /// threshold (to it, for a flag), then resolved by setting them back on the quiet side (a flag to its steady
    /// value). A gauge holding a time, `gauge - time() < threshold` (a certificate's expiry), is set relative to
    /// `now`. `nil` for other alerts.
    static func gaugeBeyondThreshold(
        _ alert: ResolvedAlert, in stack: ResolvedStack, now: Double = Date().timeIntervalSince1970
    ) -> Result<EndToEndScenario?, Unscriptable> {
        guard case .binary(let condition)? = alert.expression?.tree, !condition.returnsBool,
            case .number(let threshold) = condition.rhs, let side = FiringSide(condition.op)
        else { return .success(nil) }
        let (gauge, isTime) = timeRelative(condition.lhs) ?? (condition.lhs, false)
        guard let selector = gaugeSelector(gauge, upperBound: side == .above, exact: side == .at),
            let name = selector.metricName,
            let metric = metric(exportedAs: name, in: stack), metric.kind == .gauge
        else { return .success(nil) }
        let served = servedSeries(of: metric, selectedBy: selector, in: stack)
        guard !served.isEmpty else { return .failure(Unscriptable("no scraped service serves \(selector)")) }
        let steady = ExporterBaseline.series(of: stack)[served[0]] ?? 1
        let (fault, quiet) =
            switch side {
            case .above: (beyond(threshold), below(threshold))
            case .below: (below(threshold), beyond(threshold))
            case .at: (threshold, steady == threshold ? threshold + 1 : steady)
            }
        let offset = isTime ? now.rounded(.down) : 0
        let sideName =
            switch side {
            case .above: "above"
            case .below: "below"
            case .at: "at"
            }
        var scenario = EndToEndScenario(
            name: "'\(alert.name)' gauge \(sideName) \(threshold)\(isTime ? " from now" : "")")
        scenario.faultValues = Dictionary(uniqueKeysWithValues: served.map { ($0, offset + fault) })
        scenario.recoveryValues = Dictionary(uniqueKeysWithValues: served.map { ($0, offset + quiet) })
        scenario.expected = [
            ExpectedFiring(
                cause: "\(name) set to \(fault)\(isTime ? " s from now" : "")", alertName: alert.name,
                labels: staticLabels(of: alert))
        ]
        return .success(scenario)
    }

    /// The gauge of `gauge - time()`, a gauge holding a time; `nil` for anything else.
    static func timeRelative(_ expression: PromQLExpression) -> (PromQLExpression, Bool)? {
        guard case .binary(let difference) = expression, difference.op == .subtract,
            case .call(let call) = difference.rhs, call.function.name == "time", call.arguments.isEmpty
        else { return nil }
        return (difference.lhs, true)
    }

    /// The gauge selector of the condition's left side: the selector itself, or inside an aggregation whose
    /// value follows every series' value (`sum` only for an upper bound; none when the value must be `exact`).
    static func gaugeSelector(_ expression: PromQLExpression, upperBound: Bool, exact: Bool = false)
        -> PromQLVectorSelector?
    {
        switch expression {
        case .vectorSelector(let selector):
            return selector
        case .aggregation(let aggregation) where !exact:
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
