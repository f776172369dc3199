import VigilCompiler
import VigilModel

/// One event a scenario scripts, as the rules counting it see it: the labels of its series (with the target's `job`
/// and `instance`) and, on a histogram, the value it observes, which decides the buckets it lands in.
struct ScriptedEvent {
    /// What an SLO makes of an event: an error or not. A fault scripts bad events, a recovery good ones.
    enum Kind {
        case bad, good
    }

    /// The metric counting it: a counter, or the histogram observing it.
    var metric: MetricDeclaration
    /// Its series' labels, `job` and `instance` included.
    var labels: [String: String]
    /// The value observed, for a histogram.
    var value: Double

    /// Whether `selector` counts it: a series of its metric whose matchers its labels satisfy and, of a histogram's
    /// buckets, one at or above its value.
    func isCounted(by selector: PromQLVectorSelector) -> Bool {
        guard let name = selector.metricName, metric.seriesNames.contains(name) else { return false }
        let isBucket = metric.kind == .histogram && name == metric.name + "_bucket"
        let matchers = selector.matchers.filter { $0.label != PromQLLabelMatcher.metricNameLabel }
        let bounds = isBucket ? matchers.filter { $0.label == "le" } : []
        guard
            matchers.filter({ !isBucket || $0.label != "le" }).allSatisfy({
                LabelValueSolver.matches($0, labels[$0.label] ?? "") == true
            })
        else { return false }
        guard isBucket else { return true }
        return (metric.buckets + [.infinity]).contains { bound in
            value <= bound && bounds.allSatisfy { LabelValueSolver.matches($0, NormalizedFloat.label(bound)) == true }
        }
    }
}
