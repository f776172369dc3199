import VigilCore

/// Every series name a stack's queries may refer to, with its kind and labels: the series of the declared
/// metrics (`_bucket`, `_sum`, `_count` for histograms and summaries), and the series recording rules
/// create.
package struct MetricCatalogue {
    /// What a query reads when it names a series.
    enum SeriesKind: Equatable {
        /// Only goes up: `rate` and `increase` apply.
        case counter
        /// Goes up and down.
        case gauge
        /// The `_bucket` counters of a classic histogram, with the `le` label.
        case histogramBuckets
        /// A histogram's own name: a native histogram.
        case nativeHistogram
        /// A summary's own name: its quantiles, with the `quantile` label.
        case summaryQuantiles
        /// A recording rule's output, whose kind depends on its query.
        case recorded
    }

    /// One series name.
    package struct Series {
        /// The kind of values.
        var kind: SeriesKind
        /// The labels its series carry, including the target labels.
        var labels: LabelSet
        /// The declared metric it belongs to (`nil` for recorded series).
        package var metric: MetricDeclaration?
    }

    private(set) var series: [String: Series] = [:]

    /// The catalogue of a stack, in which the labels of recorded series are unknown until `record` gives them.
    package init(stack: ResolvedStack) {
        let targetLabels = Set(["job", "instance"] + stack.scrapeJobs.flatMap { $0.labels.map(\.name) })
        let metrics = stack.services.flatMap(\.metrics)
        // Up to four series a metric (a histogram's), one a recording rule, two of Prometheus's own: growing the
        // dictionary would hash every name again each time it grows.
        series.reserveCapacity(4 * metrics.count + stack.recordingRules.count + 2)
        for metric in metrics {
            let labels = targetLabels.union(metric.labelNames)
            switch metric.kind {
            case .counter: add(metric.name, .counter, labels, metric)
            case .gauge: add(metric.name, .gauge, labels, metric)
            case .histogram:
                add(metric.name, .nativeHistogram, labels, metric)
                add(metric.name + "_bucket", .histogramBuckets, labels.union(["le"]), metric)
                add(metric.name + "_sum", .counter, labels, metric)
                add(metric.name + "_count", .counter, labels, metric)
            case .summary:
                add(metric.name, .summaryQuantiles, labels.union(["quantile"]), metric)
                add(metric.name + "_sum", .counter, labels, metric)
                add(metric.name + "_count", .counter, labels, metric)
            }
        }
        for rule in stack.recordingRules where series[rule.name] == nil {
            series[rule.name] = Series(kind: .recorded, labels: .unknown, metric: nil)
        }
        // Prometheus's own series about alerts carry the alert's labels, which vary by alert.
        for name in ["ALERTS", "ALERTS_FOR_STATE"] {
            series[name] = Series(kind: .gauge, labels: .unknown, metric: nil)
        }
    }

    /// Gives the series of the recording rule `name` the labels its query keeps. A name that a declared metric
    /// or Prometheus itself uses keeps its own series.
    mutating func record(_ name: String, labels: LabelSet) {
        guard series[name]?.kind == .recorded else { return }
        series[name]?.labels = labels
    }

    private mutating func add(_ name: String, _ kind: SeriesKind, _ labels: Set<String>, _ metric: MetricDeclaration) {
        series[name] = Series(kind: kind, labels: .known(labels), metric: metric)
    }

    /// The problem of a query or a test input naming the series `name`, which nothing declares.
    func undeclared(_ name: String) -> ExpressionProblem {
        .error(
            "unknown-metric", "metric '\(name)' is not declared by any service or exporter of the stack",
            hint: Suggestion.hint(for: name, in: names) ?? "declare it in the body of the service that exports it")
    }

    /// The series called `name`, if declared.
    package func lookup(_ name: String) -> Series? {
        series[name]
    }

    /// Every known series name, sorted.
    var names: [String] {
        series.keys.sorted()
    }
}
