/// A metric an application or exporter exposes, typed by its kind and its label set.
///
/// Use the kind aliases to declare one:
/// ```swift
/// enum HTTP: String, LabelKey { case method, endpoint, status }
/// let requests = Counter<HTTP>("http_requests_total", help: "HTTP requests handled.")
/// let latency = Histogram<HTTP>("http_request_duration_seconds", help: "Request latency.",
///                               buckets: [0.1, 0.25, 0.5, 1, 2.5, 5])
/// let inFlight = Gauge<NoLabels>("http_requests_in_flight", help: "Requests being served.")
/// ```
public struct Metric<Kind: MetricType, Labels: LabelKey>: Sendable {
    /// The declaration, as the compiler sees it.
    public let declaration: MetricDeclaration

    /// The metric name.
    public var name: String { declaration.name }

    init(
        _ name: String, help: String, unit: MetricUnit?, buckets: [Double] = [], quantiles: [Double] = [],
        location: SourceLocation
    ) {
        declaration = MetricDeclaration(
            name: name, kind: Kind.kind, help: help, unit: unit, labelNames: Labels.labelNames, buckets: buckets,
            quantiles: quantiles, labelValues: Labels.labelValues, location: location)
    }
}

/// A counter: a value that only goes up.
public typealias Counter<Labels: LabelKey> = Metric<CounterType, Labels>
/// A gauge: a value that goes up and down.
public typealias Gauge<Labels: LabelKey> = Metric<GaugeType, Labels>
/// A histogram: observations counted into buckets.
public typealias Histogram<Labels: LabelKey> = Metric<HistogramType, Labels>
/// A summary: observations with client-side quantiles.
public typealias Summary<Labels: LabelKey> = Metric<SummaryType, Labels>

extension Metric where Kind: PlainMetricType {
    /// Declares a counter or a gauge. A counter's name should end in `_total`.
    public init(
        _ name: String, help: String, unit: MetricUnit? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            name, help: help, unit: unit,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}

extension Metric where Kind == HistogramType {
    /// Declares a histogram with its bucket upper bounds (ascending, `+Inf` implied).
    public init(
        _ name: String, help: String, unit: MetricUnit? = nil, buckets: [Double],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            name, help: help, unit: unit, buckets: buckets,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}

extension Metric where Kind == SummaryType {
    /// Declares a summary with the quantiles it reports (each between 0 and 1).
    public init(
        _ name: String, help: String, unit: MetricUnit? = nil, quantiles: [Double],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            name, help: help, unit: unit, quantiles: quantiles,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
