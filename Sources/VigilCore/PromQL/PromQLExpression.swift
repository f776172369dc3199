/// A PromQL expression: the syntax tree shared by raw `PromQL("...")` strings, which the parser reads, and
/// by the typed builder, which constructs it directly.
///
/// Parentheses are not nodes: the tree holds the structure they imply, and the canonical printer
/// (``description``) writes back exactly the parentheses that precedence needs. Printing is a fixed point
/// (`print(parse(print(e))) == print(e)`), and parsing the print of a parsed expression gives the same tree.
/// Equality is structural, except that a `NaN` literal equals another `NaN` literal.
public enum PromQLExpression: Hashable, Sendable, CustomStringConvertible {
    /// A number: `1`, `0.5`, `1e3`, `0x1F`, `Inf`, `NaN`; a negative literal (`-1`) is one number.
    case number(Double)
    /// A string: `"a"`, `'a'` or `` `a` ``, already unescaped.
    case string(String)
    /// An instant vector selector: `x{job="api"}`.
    case vectorSelector(PromQLVectorSelector)
    /// A range vector selector: `x{job="api"}[5m]`.
    case matrixSelector(PromQLMatrixSelector)
    /// A subquery: `rate(x[5m])[1h:1m]`.
    indirect case subquery(PromQLSubquery)
    /// A function call: `rate(x[5m])`.
    indirect case call(PromQLCall)
    /// An aggregation: `sum by (job) (x)`.
    indirect case aggregation(PromQLAggregation)
    /// A binary operation: `a / on (job) b`.
    indirect case binary(PromQLBinaryExpression)
    /// A sign applied to an expression other than a number literal: `-rate(x[5m])`.
    indirect case unary(PromQLUnaryOperator, PromQLExpression)

    /// Parses a PromQL expression (Prometheus 3 syntax, which includes Prometheus 2's) and type-checks it
    /// as Prometheus does. Whitespace, newlines and `#` comments may appear between tokens.
    ///
    /// - Throws: ``PromQLSyntaxError`` with the position of the first problem.
    public init(parsing source: String) throws(PromQLSyntaxError) {
        var parser = PromQLParser(source: source)
        self = try parser.parse()
    }

    /// The type the expression evaluates to. For a call to an unknown function or an ill-typed tree that
    /// the builder made, this is the type the node would have if it were well-formed.
    public var type: PromQLValueType {
        switch self {
        case .number: .scalar
        case .string: .string
        case .vectorSelector, .aggregation: .instantVector
        case .matrixSelector, .subquery: .rangeVector
        case .call(let call): call.function.returnType
        case .binary(let binary):
            binary.lhs.type == .scalar && binary.rhs.type == .scalar ? .scalar : .instantVector
        case .unary(_, let operand): operand.type
        }
    }

    /// The expression in canonical PromQL: one line, normalised spacing and minimal parentheses.
    public var description: String {
        var printer = PromQLPrinter()
        printer.write(self)
        return printer.output
    }

    /// Structural equality; two `NaN` literals are equal, so that a tree equals its own reparsed print.
    public static func == (lhs: PromQLExpression, rhs: PromQLExpression) -> Bool {
        switch (lhs, rhs) {
        case (.number(let left), .number(let right)): left == right || (left.isNaN && right.isNaN)
        case (.string(let left), .string(let right)): left == right
        case (.vectorSelector(let left), .vectorSelector(let right)): left == right
        case (.matrixSelector(let left), .matrixSelector(let right)): left == right
        case (.subquery(let left), .subquery(let right)): left == right
        case (.call(let left), .call(let right)): left == right
        case (.aggregation(let left), .aggregation(let right)): left == right
        case (.binary(let left), .binary(let right)): left == right
        case (.unary(let leftOperator, let left), .unary(let rightOperator, let right)):
            leftOperator == rightOperator && left == right
        default: false
        }
    }

    /// Hashes consistently with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .number(let value):
            hasher.combine(0)
            if value.isNaN { hasher.combine(Double.infinity.bitPattern) } else { hasher.combine(value) }
        case .string(let value):
            hasher.combine(1)
            hasher.combine(value)
        case .vectorSelector(let selector):
            hasher.combine(2)
            hasher.combine(selector)
        case .matrixSelector(let matrix):
            hasher.combine(3)
            hasher.combine(matrix)
        case .subquery(let subquery):
            hasher.combine(4)
            hasher.combine(subquery)
        case .call(let call):
            hasher.combine(5)
            hasher.combine(call)
        case .aggregation(let aggregation):
            hasher.combine(6)
            hasher.combine(aggregation)
        case .binary(let binary):
            hasher.combine(7)
            hasher.combine(binary)
        case .unary(let op, let operand):
            hasher.combine(8)
            hasher.combine(op)
            hasher.combine(operand)
        }
    }
}
