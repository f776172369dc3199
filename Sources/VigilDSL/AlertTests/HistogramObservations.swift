/// The series of a classic histogram in an alert test, written as what the application observes each interval
/// rather than as cumulative bucket counters: every `_bucket` series (the declared buckets and `+Inf`), `_sum` and
/// `_count`. Bucket bounds are written as Prometheus 3 stores them (`le="1.0"`, see ``NormalizedFloat``).
///
/// ```swift
/// AlertTest("HighLatency fires when every request takes 3 seconds") {
///     HistogramObservations(
///         latency, labels: [.method: "GET", .endpoint: "/orders"], target: ["job": "api"],
///         observing: [3: 60], steps: 20)          // 60 requests of 3 s each interval, 20 intervals
/// } expect: { ... }
/// ```
public struct HistogramObservations: Sendable {
    /// The input series: the buckets in ascending order, then `_sum` and `_count`.
    public let series: [InputSeries]

    /// The series of `histogram` with its own `labels` and the `target` labels (`job`, `instance`), observing
    /// `observing[value]` values of each `value` every interval, for `steps` intervals after the first sample.
    public init<Labels>(
        _ histogram: Histogram<Labels>, labels: [Labels: String] = [:], target: [String: String] = [:],
        observing: [Double: Double], steps: Int,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        let matchers =
            labels.map { (name: $0.key.rawValue, value: $0.value) }.sorted { $0.name < $1.name }
            + target.map { (name: $0.key, value: $0.value) }.sorted { $0.name < $1.name }
        func input(_ suffix: String, _ extra: [PromQLLabelMatcher], growth: Double) -> InputSeries {
            let selector = PromQLVectorSelector(
                name: histogram.name + suffix,
                matchers: matchers.map { PromQLLabelMatcher($0.name, .equal, $0.value) } + extra)
            return InputSeries(
                selector.description, values: .increasing(from: 0, by: growth, steps: steps),
                fileID: fileID, filePath: filePath, line: line, column: column)
        }
        let bounds = histogram.declaration.buckets + [.infinity]
        let buckets = bounds.map { bound in
            input(
                "_bucket", [PromQLLabelMatcher("le", .equal, NormalizedFloat.label(bound))],
                growth: observing.filter { $0.key <= bound }.values.reduce(0, +))
        }
        let sum = observing.map { $0.key * $0.value }.reduce(0, +)
        series = buckets + [input("_sum", [], growth: sum), input("_count", [], growth: observing.values.reduce(0, +))]
    }
}

extension ListBuilder where Element == InputSeries {
    /// A ``HistogramObservations`` statement: its series.
    public static func buildExpression(_ observations: HistogramObservations) -> [InputSeries] { observations.series }
}
