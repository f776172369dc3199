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

    /// How a condition reads its gauge.
    enum GaugeReading: Equatable {
        /// The gauge's value.
        case value
        /// `gauge - time()`: a time, set relative to the run's start.
        case sinceNow
        /// `gauge / other`: a share of another gauge with the same labels, set relative to that one's steady value.
        case shareOf(String)

        /// Whether it reads the gauge's value itself.
        var isValue: Bool { self == .value }
    }

    /// A gauge alert, `gauge{...} > threshold` (or `<`, `>=`, `<=`, directly or through `max`, `min`, `avg`,
    /// or `sum` for an upper bound; or `==`, a flag), made to fire by setting the gauge's served series beyond the
    /// threshold (to it, for a flag), then resolved by setting them back on the quiet side (a flag to its steady
    /// value). A gauge holding a time, `gauge - time() < threshold` (a certificate's expiry), is set relative to
    /// `now`; a share of two gauges, `free / size < threshold` (a filesystem almost full), relative to the steady
    /// value of the second. A condition may be guarded by a flag its steady series already meet
    /// (`... and readonly == 0`). `nil` for other alerts.
    static func gaugeBeyondThreshold(
        _ alert: ResolvedAlert, in stack: ResolvedStack, now: Double = Date().timeIntervalSince1970
    ) -> Result<EndToEndScenario?, Unscriptable> {
        guard let tree = alert.expression?.tree, case .binary(let condition) = unguarded(tree, in: stack),
            !condition.returnsBool, case .number(let threshold) = condition.rhs, let side = FiringSide(condition.op)
        else { return .success(nil) }
        let (gauge, reading) = read(condition.lhs)
        if stack.prometheus.replicaCount > 1, side == .at || !reading.isValue {
            // Found by AutoDealGenie's run: both replicas' alerts on a remote host's filesystem and textfile
            // collector resolved at different evaluations, and the resolution reached Slack twice.
            return .failure(
                Unscriptable(
                    "a flag, share or time fault is not scripted with \(stack.prometheus.replicaCount) Prometheus "
                        + "replicas: they resolve it at different evaluations, and the resolution can be notified twice"
                ))
        }
        guard let selector = gaugeSelector(gauge, upperBound: side == .above, exact: side == .at),
            let name = selector.metricName,
            let metric = metric(exportedAs: name, in: stack), metric.kind == .gauge
        else { return .success(nil) }
        let served = servedSeries(of: metric, selectedBy: selector, in: stack)
        // A flag no target serves (`up`, the stack's own servers' reload status) is Prometheus's or theirs to set.
        if served.isEmpty && side == .at { return .success(nil) }
        guard !served.isEmpty else { return .failure(Unscriptable("no scraped service serves \(selector)")) }
        let baseline = ExporterBaseline.series(of: stack)
        let steady = baseline[served[0]] ?? 1
        let (fault, quiet) =
            switch side {
            case .above: (beyond(threshold), below(threshold))
            case .below: (below(threshold), beyond(threshold))
            case .at: (threshold, steady == threshold ? threshold + 1 : steady)
            }
        func value(_ value: Double, of series: ScriptedSeries) -> Double {
            switch reading {
            case .value: value
            case .sinceNow: now.rounded(.down) + value
            case .shareOf(let total):
                value * (baseline[ScriptedSeries(series, renamed: total)] ?? 1)
            }
        }
        let (sideName, suffix) =
            switch (side, reading) {
            case (.above, _): ("above", "")
            case (.below, .sinceNow): ("below", " from now")
            case (.below, .shareOf(let total)): ("below", " of \(total)")
            case (.below, .value): ("below", "")
            case (.at, _): ("at", "")
            }
        var scenario = EndToEndScenario(name: "'\(alert.name)' gauge \(sideName) \(threshold)\(suffix)")
        scenario.faultValues = Dictionary(uniqueKeysWithValues: served.map { ($0, value(fault, of: $0)) })
        scenario.recoveryValues = Dictionary(uniqueKeysWithValues: served.map { ($0, value(quiet, of: $0)) })
        scenario.expected = [
            ExpectedFiring(
                cause: "\(name) set to \(fault)\(suffix)", alertName: alert.name, labels: staticLabels(of: alert))
        ]
        return .success(scenario)
    }

    /// The condition without a guard its steady series already meet: `condition and flag == value`, where every
    /// served series of `flag` reads `value`; the expression itself otherwise.
    static func unguarded(_ expression: PromQLExpression, in stack: ResolvedStack) -> PromQLExpression {
        guard case .binary(let conjunction) = expression, conjunction.op == .and,
            case .binary(let guardCondition) = conjunction.rhs, guardCondition.op == .equal,
            case .number(let value) = guardCondition.rhs, case .vectorSelector(let selector) = guardCondition.lhs,
            let name = selector.metricName, let metric = metric(exportedAs: name, in: stack)
        else { return expression }
        let baseline = ExporterBaseline.series(of: stack)
        let served = servedSeries(of: metric, selectedBy: selector, in: stack)
        return !served.isEmpty && served.allSatisfy({ baseline[$0] == value }) ? conjunction.lhs : expression
    }

    /// The gauge a condition's left side reads, and how: `gauge - time()`, `gauge / other` or the gauge itself.
    static func read(_ expression: PromQLExpression) -> (PromQLExpression, GaugeReading) {
        guard case .binary(let operation) = expression else { return (expression, .value) }
        switch (operation.op, operation.rhs) {
        case (.subtract, .call(let call)) where call.function.name == "time" && call.arguments.isEmpty:
            return (operation.lhs, .sinceNow)
        case (.divide, .vectorSelector(let total)) where total.metricName != nil && operation.matching == nil:
            return (operation.lhs, .shareOf(total.metricName!))
        default:
            return (expression, .value)
        }
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
