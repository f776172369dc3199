import VigilCore
import VigilDSL
import VigilModel

/// A query, or a part of one, written with the typed query builder: the Swift source the importer writes and
/// the same query built in process by the builder's own functions, whose tree verification compares with the
/// input's.
struct TypedQuery {
    /// What the Swift value is, which decides where the builder takes it.
    enum Shape: Equatable {
        /// A metric or a selection of one: range functions take it (on the kind they need).
        case selection
        /// An `InstantVector`.
        case vector
        /// A `Condition`: alerts take it.
        case condition
        /// A `PromQL("…")` fragment.
        case fragment
        /// A `ScalarExpression` (`time()`).
        case scalar
        /// A number.
        case number
    }

    /// The value built in process.
    enum Value {
        /// A vector expression.
        case vector(any VectorExpression)
        /// A scalar expression.
        case scalar(ScalarExpression)
        /// A number.
        case number(Double)
    }

    /// The Swift source.
    var swift: String
    /// How tightly `swift` binds: 3 a primary or postfix expression, 2 multiplicative, 1 additive,
    /// 0 a comparison.
    var precedence: Int
    /// What the value is.
    var shape: Shape
    /// The value built in process.
    var value: Value
    /// The Swift cases of the value's label type, by label name.
    var labelCases: [String: String]
    /// How many metric selections are typed.
    var typedSelections: Int
    /// How many raw `PromQL` fragments it embeds.
    var fragments: Int

    /// The syntax tree of the built value.
    var expression: PromQLExpression {
        switch value {
        case .vector(let vector): vector.expression
        case .scalar(let scalar): scalar.expression
        case .number(let number): .number(number)
        }
    }

    /// Whether it reads a metric typed or embeds no raw fragment: a query that only wraps fragments is
    /// clearer written raw.
    var isTyped: Bool { typedSelections > 0 || fragments == 0 }

    /// Whether the value is a vector the builder takes as an operand.
    var isVector: Bool { shape != .scalar && shape != .number }

    /// Whether the value is a binary query (`InstantVector` or `Condition`), which set operators and vector
    /// matching take.
    var isBinaryQuery: Bool { shape == .vector || shape == .condition }

    /// The source, in parentheses unless it binds at least as tightly as `minimum`.
    func swift(bindingAtLeast minimum: Int) -> String {
        precedence >= minimum ? swift : "(\(swift))"
    }
}
