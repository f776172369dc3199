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

    /// One series name: a small value, which a lookup copies whole (it holds no copy of its metric's
    /// declaration, which ``metric(of:)`` reads).
    package struct Series {
        /// The kind of values.
        var kind: SeriesKind
        /// The labels its series carry, including the target labels.
        var labels: LabelSet
        /// The position in ``metrics`` of the declared metric it belongs to (`nil` for recorded series).
        var metricIndex: Int?
    }

    private(set) var series: [String: Series] = [:]
    /// The declared metrics of the stack, which the series point to.
    private(set) var metrics: [MetricDeclaration]

    /// The catalogue of a stack, in which the labels of recorded series are unknown until `record` gives them.
    package init(stack: ResolvedStack) {
        let targetLabels = Set(["job", "instance"] + stack.scrapeJobs.flatMap { $0.labels.map(\.name) })
        metrics = stack.services.flatMap(\.metrics)
        // Up to four series a metric (a histogram's), one a recording rule, two of Prometheus's own: growing the
        // dictionary would hash every name again each time it grows.
        series.reserveCapacity(4 * metrics.count + stack.recordingRules.count + 2)
        for (index, metric) in metrics.enumerated() {
            let labels = targetLabels.union(metric.labelNames)
            switch metric.kind {
            case .counter: add(metric.name, .counter, labels, index)
            case .gauge: add(metric.name, .gauge, labels, index)
            case .histogram:
                add(metric.name, .nativeHistogram, labels, index)
                add(metric.name + "_bucket", .histogramBuckets, labels.union(["le"]), index)
                add(metric.name + "_sum", .counter, labels, index)
                add(metric.name + "_count", .counter, labels, index)
            case .summary:
                add(metric.name, .summaryQuantiles, labels.union(["quantile"]), index)
                add(metric.name + "_sum", .counter, labels, index)
                add(metric.name + "_count", .counter, labels, index)
            }
        }
        for rule in stack.recordingRules where series[rule.name] == nil {
            series[rule.name] = Series(kind: .recorded, labels: .unknown, metricIndex: nil)
        }
        // Prometheus's own series about alerts carry the alert's labels, which vary by alert.
        for name in ["ALERTS", "ALERTS_FOR_STATE"] {
            series[name] = Series(kind: .gauge, labels: .unknown, metricIndex: nil)
        }
    }

    /// Gives the series of the recording rule `name` the labels its query keeps. A name that a declared metric
    /// or Prometheus itself uses keeps its own series.
    mutating func record(_ name: String, labels: LabelSet) {
        guard series[name]?.kind == .recorded else { return }
        series[name]?.labels = labels
    }

    /// Adds the series `name` of the metric at `metricIndex` in ``metrics``.
    private mutating func add(_ name: String, _ kind: SeriesKind, _ labels: Set<String>, _ metricIndex: Int) {
        series[name] = Series(kind: kind, labels: .known(labels), metricIndex: metricIndex)
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

    /// The kind of the series called `name`, if declared.
    func kind(of name: String) -> SeriesKind? {
        series[name]?.kind
    }

    /// The declared metric `series` belongs to (`nil` for a recorded series or one of Prometheus's own).
    package func metric(of series: Series) -> MetricDeclaration? {
        series.metricIndex.map { metrics[$0] }
    }

    /// Whether the metric of `series` declares the values of any of its labels (``LabelKey/values``); read in
    /// place, without copying the declaration.
    func declaresLabelValues(_ series: Series) -> Bool {
        guard let index = series.metricIndex else { return false }
        return !metrics[index].labelValues.isEmpty
    }

    /// Every known series name, sorted.
    var names: [String] {
        series.keys.sorted()
    }
}
