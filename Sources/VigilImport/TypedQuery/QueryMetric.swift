import VigilDSL
import VigilModel

/// A metric the typed query builder can name in an imported stack's Swift: its Swift reference, its kind and
/// the Swift names of its label enum's cases, and the same metric built in process (with ``ImportedLabel``).
struct QueryMetric {
    /// The metric's name.
    let name: String
    /// The Swift expression naming it: a declaration of the stack's (`httpRequestsTotal`) or a catalogue's
    /// member (`NodeExporterMetrics.cpuSeconds`).
    let reference: String
    /// Its kind (an inferred summary is declared as a gauge).
    let kind: MetricKind
    /// The Swift case of each label its enum has, by label name.
    let labelCases: [String: String]

    /// The metrics typed queries can read: the stack's inferred `metrics`, by the series names a selector
    /// names them with (a histogram's `_count` and `_sum` series included); every catalogue's besides.
    static func vocabulary(of metrics: [InferredMetric]) -> QueryVocabulary {
        var vocabulary = QueryVocabulary()
        for metric in metrics {
            let cases = Dictionary(
                uniqueKeysWithValues: metric.labels.keys.map { ($0, SwiftIdentifier.lowerCamel($0)) })
            vocabulary.add(
                QueryMetric(
                    name: metric.name, reference: SwiftIdentifier.escaped(MetricsSource.identifier(of: metric)),
                    kind: metric.kind == .summary ? .gauge : metric.kind, labelCases: cases))
        }
        return vocabulary
    }

    /// The catalogue metric declaring the series `series`, if a catalogue does.
    static func catalogued(_ series: String) -> (metric: QueryMetric, part: QueryVocabulary.Part)? {
        guard let catalogue = CatalogueReference.declaring(series) else { return nil }
        for declaration in catalogue.declarations where declaration.seriesNames.contains(series) {
            guard let member = CatalogueMembers.members[declaration.name] else { continue }
            let cases = Dictionary(
                uniqueKeysWithValues: declaration.labelNames.map { ($0, member.renamedLabels[$0] ?? $0) })
            let metric = QueryMetric(
                name: declaration.name, reference: member.reference, kind: declaration.kind, labelCases: cases)
            return (metric, QueryVocabulary.Part(series: series, of: metric))
        }
        return nil
    }

    /// The metric built in process as the typed source declares it, with ``ImportedLabel`` for its labels.
    var built: any SeriesSelection {
        let help = ""
        switch kind {
        case .counter: return Counter<ImportedLabel>(name, help: help)
        case .histogram: return Histogram<ImportedLabel>(name, help: help, buckets: [])
        case .summary: return Summary<ImportedLabel>(name, help: help, quantiles: [])
        case .gauge: return Gauge<ImportedLabel>(name, help: help)
        }
    }
}

/// The metrics typed queries can read, by series name.
struct QueryVocabulary {
    /// Which series of a metric a selector names.
    enum Part: Equatable {
        /// The metric's own series.
        case whole
        /// A histogram's or summary's `_count` series.
        case count
        /// A histogram's or summary's `_sum` series.
        case sum

        /// The part `series` is of `metric`, or `.whole`.
        init(series: String, of metric: QueryMetric) {
            let observes = metric.kind == .histogram || metric.kind == .summary
            if observes, series == metric.name + "_count" {
                self = .count
            } else if observes, series == metric.name + "_sum" {
                self = .sum
            } else {
                self = .whole
            }
        }
    }

    private var metrics: [String: QueryMetric] = [:]

    /// Adds `metric` under its series names.
    mutating func add(_ metric: QueryMetric) {
        metrics[metric.name] = metric
        if metric.kind == .histogram || metric.kind == .summary {
            metrics[metric.name + "_count"] = metric
            metrics[metric.name + "_sum"] = metric
        }
    }

    /// The metric of the series `series` and the part the series is, from the stack's or a catalogue.
    func metric(selecting series: String) -> (metric: QueryMetric, part: Part)? {
        if let metric = metrics[series] { return (metric, Part(series: series, of: metric)) }
        return QueryMetric.catalogued(series)
    }

    /// The histogram whose `_bucket` series is `series`.
    func histogram(ofBuckets series: String) -> QueryMetric? {
        guard series.hasSuffix("_bucket") else { return nil }
        let name = String(series.dropLast(7))
        let metric = metrics[name] ?? QueryMetric.catalogued(series)?.metric
        return metric?.kind == .histogram && metric?.name == name ? metric : nil
    }
}
