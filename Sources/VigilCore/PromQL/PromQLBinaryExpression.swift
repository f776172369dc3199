/// A binary operation: arithmetic, comparison or set operator between two scalars or instant vectors,
/// with optional `bool` and vector matching (`a / on (job) group_left (team) b`).
public struct PromQLBinaryExpression: Hashable, Sendable, CustomStringConvertible {
    /// The binary operators, with Prometheus precedence and associativity.
    public enum Operator: String, Hashable, Sendable, CaseIterable {
        /// `+`
        case add = "+"
        /// `-`
        case subtract = "-"
        /// `*`
        case multiply = "*"
        /// `/`
        case divide = "/"
        /// `%`
        case modulo = "%"
        /// `^`
        case power = "^"
        /// `atan2`
        case atan2
        /// `==`
        case equal = "=="
        /// `!=`
        case notEqual = "!="
        /// `>`
        case greater = ">"
        /// `<`
        case less = "<"
        /// `>=`
        case greaterOrEqual = ">="
        /// `<=`
        case lessOrEqual = "<="
        /// `and`: intersection.
        case and
        /// `or`: union.
        case or
        /// `unless`: complement.
        case unless

        /// Binding strength, from 1 (`or`) to 6 (`^`); higher binds tighter.
        public var precedence: Int {
            switch self {
            case .or: 1
            case .and, .unless: 2
            case .equal, .notEqual, .greater, .less, .greaterOrEqual, .lessOrEqual: 3
            case .add, .subtract: 4
            case .multiply, .divide, .modulo, .atan2: 5
            case .power: 6
            }
        }

        /// Whether `a op b op c` groups as `a op (b op c)`; only `^` does.
        public var isRightAssociative: Bool { self == .power }

        /// Whether the operator compares values (and so may take `bool`).
        public var isComparison: Bool { precedence == 3 }

        /// Whether the operator works on the set of series (`and`, `or`, `unless`).
        public var isSetOperator: Bool { self == .and || self == .or || self == .unless }
    }

    /// How the series of two instant vectors are paired.
    public struct VectorMatching: Hashable, Sendable {
        /// Whether ``labels`` lists the labels to match on or the labels to ignore.
        public enum Axis: String, Hashable, Sendable {
            /// `on (labels)`: match on these labels only.
            case on
            /// `ignoring (labels)`: match on all labels except these.
            case ignoring
        }

        /// Many-to-one or one-to-many matching.
        public enum Group: Hashable, Sendable {
            /// `group_left (labels)`: many series on the left per series on the right; the labels are copied
            /// from the right.
            case left([String])
            /// `group_right (labels)`: many series on the right per series on the left; the labels are copied
            /// from the left.
            case right([String])

            /// The labels copied from the "one" side.
            public var labels: [String] {
                switch self {
                case .left(let labels), .right(let labels): labels
                }
            }
        }

        /// `on` or `ignoring`.
        public var axis: Axis
        /// The labels listed after `on` or `ignoring`.
        public var labels: [String]
        /// The `group_left`/`group_right` modifier, if any.
        public var group: Group?

        /// Creates `axis (labels) group`.
        public init(_ axis: Axis, _ labels: [String], group: Group? = nil) {
            self.axis = axis
            self.labels = labels
            self.group = group
        }
    }

    /// The operator.
    public var op: Operator
    /// The left operand.
    public var lhs: PromQLExpression
    /// The right operand.
    public var rhs: PromQLExpression
    /// `bool`: a comparison returns 0 or 1 instead of filtering.
    public var returnsBool: Bool
    /// The vector matching; `nil` matches on all labels (the parser reads a bare `ignoring ()` as `nil`).
    public var matching: VectorMatching?

    /// Creates `lhs op bool matching rhs`.
    public init(
        _ lhs: PromQLExpression, _ op: Operator, _ rhs: PromQLExpression, returnsBool: Bool = false,
        matching: VectorMatching? = nil
    ) {
        self.op = op
        self.lhs = lhs
        self.rhs = rhs
        self.returnsBool = returnsBool
        self.matching = matching
    }

    /// The operation in canonical PromQL.
    public var description: String {
        PromQLExpression.binary(self).description
    }
}
