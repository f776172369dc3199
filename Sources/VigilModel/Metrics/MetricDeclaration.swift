/// What a metric declaration says, without its compile-time types: the form the compiler checks and
/// emitters read.
public struct MetricDeclaration: Hashable, Sendable {
    /// The metric name as exported (for histograms and summaries, without `_bucket`/`_sum`/`_count`).
    public let name: String
    /// Counter, gauge, histogram or summary.
    public let kind: MetricKind
    /// The `# HELP` text.
    public let help: String
    /// The unit of its values, when declared.
    public let unit: MetricUnit?
    /// Its own label names, in declaration order (without `job`, `instance`, `le` and `quantile`).
    public let labelNames: [String]
    /// Histogram bucket upper bounds, ascending (without `+Inf`); empty for other kinds.
    public let buckets: [Double]
    /// Summary quantiles; empty for other kinds.
    public let quantiles: [Double]
    /// The values some of its labels can take, by label name (``LabelKey/values``); others can take any.
    public let labelValues: [String: [String]]
    /// Where it was declared.
    public let location: SourceLocation

    /// Creates a declaration.
    public init(
        name: String, kind: MetricKind, help: String, unit: MetricUnit?, labelNames: [String],
        buckets: [Double] = [], quantiles: [Double] = [], labelValues: [String: [String]] = [:],
        location: SourceLocation
    ) {
        self.name = name
        self.kind = kind
        self.help = help
        self.unit = unit
        self.labelNames = labelNames
        self.buckets = buckets
        self.quantiles = quantiles
        self.labelValues = labelValues
        self.location = location
    }

    /// Hashes the name and the line and column of the declaration, which tell declarations apart (equal ones
    /// hash alike): hashing every field as well, the help text and the label values among them, made telling a
    /// stack's declarations apart (``StackRuleContext/metrics``) 0.3 ms slower per run of the example stacks.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(location.line)
        hasher.combine(location.column)
    }

    /// Whether the metric comes from one of Vigil's exporter catalogues, which declare what the exporters
    /// export as they export it (naming conventions are not theirs to follow).
    public var isCatalogued: Bool { location.fileID.hasPrefix("VigilDSL/") }

    /// The series names this metric is exported as: `x` for counters and gauges; `x_bucket`, `x_sum`,
    /// `x_count` for histograms; `x`, `x_sum`, `x_count` for summaries.
    public var seriesNames: [String] {
        switch kind {
        case .counter, .gauge: [name]
        case .histogram: [name + "_bucket", name + "_sum", name + "_count"]
        case .summary: [name, name + "_sum", name + "_count"]
        }
    }
}
