/// One kind of diagnostic: its id, how serious it is, the rule it reports broken and a spec line that breaks it.
/// ``DiagnosticCatalogue`` lists them all.
public struct DiagnosticKind: Hashable, Sendable {
    /// The id every diagnostic of this kind carries, `duplicate-job`.
    public var id: String
    /// The severities it is reported with, errors first: one, or both where a softer form of the mistake is a
    /// warning (`wrong-metric-kind`).
    public var severities: [Diagnostic.Severity]
    /// The rule broken, in one sentence.
    public var explanation: String
    /// One line of Swift, as written in a spec, that gets this diagnostic.
    public var example: String

    /// A kind reported with `severities`.
    public init(_ id: String, _ severities: Diagnostic.Severity..., explanation: String, example: String) {
        self.id = id
        self.severities = severities.sorted()
        self.explanation = explanation
        self.example = example
    }

    /// `error`, `warning`, or `error or warning`.
    public var severityText: String {
        severities.map(\.rawValue).joined(separator: " or ")
    }
}
