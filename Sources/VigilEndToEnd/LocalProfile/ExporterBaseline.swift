import VigilCompiler
import VigilModel

/// What the test exporter serves while nothing is broken: every metric the scraped services declare, as
/// steady series (counters do not grow, gauges read 1), two per labelled metric so that a vector match that
/// only holds with one series per side fails as it would in production. Label values are the ones the stack's
/// rules select, so that every selector reads data. Where a rule pack says a healthy host reads otherwise
/// (``ResolvedRulePack/healthyValues``: a clock offset of 0, no failed systemd unit), its job's series read that.
enum ExporterBaseline {
    /// Fallback label values, after the ones the rules' matchers suggest.
    static let fallbackValues = ["a", "b"]

    /// The steady series of `stack`, with their values.
    static func series(of stack: ResolvedStack) -> [ScriptedSeries: Double] {
        let matchers = selectorMatchers(of: stack)
        var series: [ScriptedSeries: Double] = [:]
        for target in LocalProfile.targets(of: stack) {
            let metrics = stack.services.first { $0.name == target.job }?.metrics ?? []
            let healthy = stack.rulePacks.filter { $0.job == target.job }.reduce(into: [String: Double]()) {
                $0.merge($1.healthyValues) { $1 }
            }
            for metric in metrics {
                for labels in variants(of: metric, matchers: matchers) {
                    for (name, extra, value) in samples(of: metric) {
                        series[ScriptedSeries(target: target, name: name, labels: labels.merging(extra) { $1 })] =
                            healthy[name] ?? value
                    }
                }
            }
        }
        return series
    }

    /// The label sets a metric is served with: two when it has labels, each label taking the values the rules
    /// ask for in turn.
    static func variants(of metric: MetricDeclaration, matchers: [String: [PromQLLabelMatcher]])
        -> [[String: String]]
    {
        let names = metric.labelNames.filter { $0 != "job" && $0 != "instance" && $0 != "le" && $0 != "quantile" }
        guard !names.isEmpty else { return [[:]] }
        let values = names.map { name in
            let own = metric.seriesNames.flatMap { matchers[$0] ?? [] }.filter { $0.label == name }
            let suggested = own.compactMap { LabelValueSolver.value(satisfying: [$0]) }
            return (suggested + fallbackValues).uniqued
        }
        return (0..<2).map { variant in
            Dictionary(uniqueKeysWithValues: zip(names, values.map { $0[variant % $0.count] }))
        }
    }

    /// The series names of one label set of a metric, their extra labels (`le`, `quantile`) and steady values.
    static func samples(of metric: MetricDeclaration) -> [(String, [String: String], Double)] {
        switch metric.kind {
        case .counter, .gauge:
            return [(metric.name, [:], 1)]
        case .histogram:
            let bounds = metric.buckets + [Double.infinity]
            return bounds.map { (metric.name + "_bucket", ["le": NormalizedFloat.label($0)], 1) }
                + [(metric.name + "_sum", [:], 0), (metric.name + "_count", [:], 1)]
        case .summary:
            return metric.quantiles.map { (metric.name, ["quantile": NormalizedFloat.label($0)], 0) }
                + [(metric.name + "_sum", [:], 0), (metric.name + "_count", [:], 1)]
        }
    }

    /// The label matchers of every selector in the stack's rules, by series name.
    static func selectorMatchers(of stack: ResolvedStack) -> [String: [PromQLLabelMatcher]] {
        let trees = stack.alerts.compactMap { $0.expression?.tree } + stack.recordingRules.compactMap(\.expression.tree)
        var matchers: [String: [PromQLLabelMatcher]] = [:]
        for selector in trees.flatMap(\.selectors) {
            guard let name = selector.metricName else { continue }
            matchers[name, default: []] += selector.matchers.filter { $0.label != PromQLLabelMatcher.metricNameLabel }
        }
        return matchers
    }
}
