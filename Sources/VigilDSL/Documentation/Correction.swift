/// A correction of the source document a stack was written from: the document's PromQL was wrong, and the
/// stack expresses its intent differently. The stack's generated README lists every correction, so that a
/// reader comparing the document with the stack finds why they differ.
///
/// ```swift
/// Correction(
///     "HighLatency alert",
///     original: "histogram_quantile(0.95, http_request_duration_seconds_bucket) > 2",
///     corrected: histogramQuantile(0.95, latency, over: .minutes(5)) > 2,
///     reason: "histogram_quantile needs the per-second rate of each bucket, summed by `le`"
/// )
/// ```
///
/// `corrected` takes a query built with the typed builder or `PromQL("...")` (which, as in a panel, may use
/// Grafana variables such as `$__rate_interval`); either way it is checked like an alert's query (it must
/// parse, and its metrics and labels must be declared), and it should be a query the stack runs: declare it
/// once and use it in both the correction and the alert or panel, or generation warns. `original` is the
/// document's text, kept as written and never parsed as a query.
public struct Correction: Sendable {
    /// What the document calls the corrected item: an alert, a panel, a section.
    public let subject: String
    /// The document's PromQL, verbatim.
    public let original: String
    /// The query that expresses the document's intent.
    public let corrected: RuleExpression
    /// Why the original is wrong, in a sentence (Markdown allowed).
    public let reason: String
    /// Where the correction was written.
    public let location: SourceLocation

    /// A correction of the document's PromQL `original` to `corrected`.
    public init<Query: VectorExpression>(
        _ subject: String, original: String, corrected: Query, reason: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.subject = subject
        self.original = original
        if let promQL = corrected as? PromQL {
            self.corrected = .raw(promQL)
        } else {
            self.corrected = .built(corrected.expression)
        }
        self.reason = reason
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
