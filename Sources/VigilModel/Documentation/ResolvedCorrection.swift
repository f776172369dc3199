import VigilCore

/// A correction of the stack's source document after lowering: the README lists it, and validation checks
/// its corrected query like a rule's.
public struct ResolvedCorrection: Sendable {
    /// What the document calls the corrected item.
    public var subject: String
    /// The document's PromQL, verbatim.
    public var original: String
    /// The query the stack uses instead, as checked: Grafana variables (`$__rate_interval`) in a panel's query
    /// are placeholders in its tree.
    public var corrected: ResolvedExpression
    /// The query the stack uses instead, as the README shows it: as written, or printed when built.
    public var correctedText: String
    /// Why the original is wrong (Markdown).
    public var reason: String
    /// Where the correction was written.
    public var location: SourceLocation

    /// A value of these fields.
    package init(
        subject: String, original: String, corrected: ResolvedExpression, correctedText: String, reason: String,
        location: SourceLocation
    ) {
        self.subject = subject
        self.original = original
        self.corrected = corrected
        self.correctedText = correctedText
        self.reason = reason
        self.location = location
    }
}
