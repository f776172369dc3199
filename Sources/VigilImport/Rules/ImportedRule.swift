import VigilCore

/// An alerting or recording rule as read from a rule file.
public struct ImportedRule: Hashable, Sendable {
    /// Which of the two it is.
    public enum Kind: Hashable, Sendable {
        /// `alert: <name>`.
        case alert
        /// `record: <name>`.
        case record
    }

    /// Alert or recording rule.
    public var kind: Kind
    /// The alert's name or the recorded series.
    public var name: String
    /// `expr`, as written.
    public var expression: String
    /// `expr`, parsed.
    public var tree: PromQLExpression
    /// `for`.
    public var duration: Duration?
    /// `keep_firing_for`.
    public var keepFiringFor: Duration?
    /// `labels`, in the order written.
    public var labels: [(key: String, value: String)]
    /// `annotations`, in the order written (alerts only).
    public var annotations: [(key: String, value: String)]
    /// Where the rule starts.
    public var location: InputLocation

    /// The labels as a dictionary.
    public var labelDictionary: [String: String] {
        Dictionary(labels.map { ($0.key, $0.value) }) { _, last in last }
    }

    public static func == (lhs: ImportedRule, rhs: ImportedRule) -> Bool {
        lhs.kind == rhs.kind && lhs.name == rhs.name && lhs.expression == rhs.expression
            && lhs.duration == rhs.duration && lhs.keepFiringFor == rhs.keepFiringFor
            && lhs.labels.elementsEqual(rhs.labels, by: ==) && lhs.annotations.elementsEqual(rhs.annotations, by: ==)
            && lhs.location == rhs.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(expression)
        hasher.combine(location)
    }
}
