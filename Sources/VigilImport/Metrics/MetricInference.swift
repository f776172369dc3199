import VigilCore
import VigilModel

/// Infers the metrics imported rules read: the series each expression selects, their kind from how they are
/// read and their labels from the matchers, the `by`/`without`/`on`/`ignoring` clauses over them and the
/// `$labels.x` of the rules' templates. Series that a catalogue declares are referenced from it; series that a
/// recording rule of the import writes, and `ALERTS`, are not metrics to declare.
struct MetricInference {
    /// The labels every scraped series carries, which a declaration does not list.
    static let targetLabels: Set<String> = ["job", "instance", PromQLLabelMatcher.metricNameLabel]

    /// The functions that only make sense over a counter.
    static let counterFunctions: Set<PromQLFunction> = [.rate, .irate, .increase, .resets]

    /// The inferred metrics, by name.
    private(set) var metrics: [String: InferredMetric] = [:]
    /// The catalogues read from, each with the first rule that reads it.
    private(set) var catalogues: [String: (catalogue: CatalogueReference, firstUse: InputLocation)] = [:]
    /// The series recording rules write.
    let recorded: Set<String>

    /// An inference for rules among which `recorded` are the recording rules' series.
    init(recorded: Set<String>) {
        self.recorded = recorded
    }

    /// Adds what `rule` reads.
    mutating func add(_ rule: ImportedRule) {
        let templates = Self.templateLabels(in: rule.labels.map(\.value) + rule.annotations.map(\.value))
        add(rule.tree, in: rule.name, shownLabels: templates, by: "template", at: rule.location)
    }

    /// Adds what `tree`, the query of `subject` at `location`, reads; `shownLabels` are labels of the series it
    /// reads that `source` (a rule's templates, a panel's legend format) shows.
    mutating func add(
        _ tree: PromQLExpression, in subject: String, shownLabels: [String] = [], by source: String = "",
        at location: InputLocation
    ) {
        let quantileInputs = Set(Self.histogramQuantileInputs(of: tree))
        let bucketGroupings = Set(
            tree.labelClauses.filter { $0.labels.contains("le") }.flatMap(\.selectors).compactMap(\.metricName))
        for usage in tree.selectorUsages {
            guard let series = usage.selector.metricName, isMetric(series) else { continue }
            if let catalogue = CatalogueReference.declaring(series) {
                if catalogues[catalogue.swiftName] == nil {
                    catalogues[catalogue.swiftName] = (catalogue, location)
                }
                continue
            }
            let (name, kind, reason, uncertain) = Self.kind(
                of: series, usage: usage, readByHistogramQuantile: quantileInputs.contains(series),
                groupedByLe: bucketGroupings.contains(series), in: subject)
            note(name, kind: kind, reason: reason, uncertain: uncertain, at: location)
            for matcher in usage.selector.matchers {
                addLabel(matcher.label, to: name, "matched in \(subject)")
            }
        }
        for clause in tree.labelClauses {
            for selector in clause.selectors {
                guard let series = selector.metricName, isMetric(series), let name = declaredName(of: series)
                else { continue }
                for label in clause.labels {
                    addLabel(label, to: name, "\(clause.kind.rawValue) clause in \(subject)")
                }
            }
        }
        let readNames = tree.selectors.compactMap(\.metricName).compactMap(declaredName(of:))
        for label in shownLabels {
            for name in Set(readNames) { addLabel(label, to: name, "\(source) of \(subject)") }
        }
    }

    /// Adds the label `label` of the series `selector` selects, read by `subject` (a dashboard variable's
    /// `label_values`).
    mutating func add(label: String, of selector: PromQLVectorSelector, in subject: String, at location: InputLocation)
    {
        add(.vectorSelector(selector), in: subject, at: location)
        guard let series = selector.metricName, let name = declaredName(of: series) else { return }
        addLabel(label, to: name, "values listed by \(subject)")
    }

    /// The metrics, histograms taking in their `_sum` and `_count` series, sorted by name.
    var declarations: [InferredMetric] {
        var merged = metrics
        for histogram in metrics.values where histogram.kind == .histogram {
            for suffix in ["_sum", "_count"] {
                guard let part = merged.removeValue(forKey: histogram.name + suffix) else { continue }
                merged[histogram.name]?.labels.merge(part.labels) { first, _ in first }
            }
        }
        return merged.values.sorted { $0.name < $1.name }
    }

    private func isMetric(_ series: String) -> Bool {
        !recorded.contains(series) && !series.contains(":") && series != "ALERTS" && series != "ALERTS_FOR_STATE"
    }

    /// The name the series `series` is declared under: a histogram's for its `_bucket` series.
    private func declaredName(of series: String) -> String? {
        if metrics[series] != nil { return series }
        if series.hasSuffix("_bucket"), metrics[String(series.dropLast(7))]?.kind == .histogram {
            return String(series.dropLast(7))
        }
        return nil
    }

    /// A metric's kind from one read of it: the stronger evidence wins (histogram, then counter, then gauge).
    private mutating func note(
        _ name: String, kind: MetricKind, reason: String, uncertain: Bool, at location: InputLocation
    ) {
        let rank: [MetricKind: Int] = [.gauge: 0, .counter: 1, .summary: 1, .histogram: 2]
        if let known = metrics[name] {
            guard rank[kind, default: 0] > rank[known.kind, default: 0] else { return }
            metrics[name]?.kind = kind
            metrics[name]?.kindReason = reason
            metrics[name]?.isUncertain = uncertain
        } else {
            metrics[name] = InferredMetric(
                name: name, kind: kind, kindReason: reason, isUncertain: uncertain, labels: [:], firstUse: location)
        }
    }

    private mutating func addLabel(_ label: String, to name: String, _ reason: String) {
        guard !Self.targetLabels.contains(label), let metric = metrics[name] else { return }
        if metric.kind == .histogram, label == "le" { return }
        if metric.labels[label] == nil { metrics[name]?.labels[label] = reason }
    }

    /// The declared name, kind, reason and uncertainty of a series from one read of it.
    static func kind(
        of series: String, usage: PromQLSelectorUsage, readByHistogramQuantile: Bool, groupedByLe: Bool,
        in subject: String
    )
        -> (String, MetricKind, String, Bool)
    {
        let matchesLe = usage.selector.matchers.contains { $0.label == "le" }
        if series.hasSuffix("_bucket"), readByHistogramQuantile || matchesLe || groupedByLe {
            let how =
                readByHistogramQuantile
                ? "read by histogram_quantile()" : matchesLe ? "selected by `le`" : "summed by `le`"
            return (
                String(series.dropLast(7)), .histogram, "its _bucket series are \(how) in \(subject)", true
            )
        }
        if readByHistogramQuantile {
            return (series, .histogram, "read by histogram_quantile() in \(subject) (a native histogram)", true)
        }
        if let function = usage.function, counterFunctions.contains(function) {
            return (series, .counter, "read with \(function.name)() in \(subject)", !series.hasSuffix("_total"))
        }
        if series.hasSuffix("_total") {
            return (series, .counter, "named _total", false)
        }
        return (series, .gauge, "read as a value in \(subject), never with rate() or as _total", true)
    }

    /// The series that `histogram_quantile` reads in `tree`.
    static func histogramQuantileInputs(of tree: PromQLExpression) -> [String] {
        var names: [String] = []
        tree.visit { node in
            guard case .call(let call) = node, call.function == .histogramQuantile, call.arguments.count == 2 else {
                return
            }
            names += call.arguments[1].selectors.compactMap(\.metricName)
        }
        return names
    }

    /// The labels `$labels.<name>` reads in Go templates.
    static func templateLabels(in texts: [String]) -> [String] {
        var labels: [String] = []
        for text in texts {
            var rest = Substring(text)
            while let range = rest.range(of: "$labels.") {
                let name = rest[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if !name.isEmpty, !labels.contains(String(name)) { labels.append(String(name)) }
                rest = rest[range.upperBound...]
            }
        }
        return labels
    }
}
