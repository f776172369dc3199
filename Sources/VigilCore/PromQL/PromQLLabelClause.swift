/// A label list written in an expression (`by`, `without`, `on`, `ignoring`, `group_left`, `group_right`)
/// together with the selectors whose series should carry those labels, so that a validator can report
/// a label the metrics do not have.
public struct PromQLLabelClause: Hashable, Sendable {
    /// Where the labels were written.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// `sum by (labels) (...)`
        case by
        /// `sum without (labels) (...)`
        case without
        /// `a / on (labels) b`
        case on
        /// `a / ignoring (labels) b`
        case ignoring
        /// `a * on (...) group_left (labels) b`
        case groupLeft = "group_left"
        /// `a * on (...) group_right (labels) b`
        case groupRight = "group_right"
    }

    /// Where the labels were written.
    public var kind: Kind
    /// The labels, as written.
    public var labels: [String]
    /// The selectors the labels refer to: the aggregated expression's for `by`/`without`, both operands'
    /// for `on`/`ignoring`, the right operand's for `group_left` (the labels are copied from there) and the
    /// left operand's for `group_right`.
    public var selectors: [PromQLVectorSelector]

    /// Creates a clause.
    public init(kind: Kind, labels: [String], selectors: [PromQLVectorSelector]) {
        self.kind = kind
        self.labels = labels
        self.selectors = selectors
    }
}
