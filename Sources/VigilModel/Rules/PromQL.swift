/// A PromQL expression written as text, for what the typed builder does not cover. It is parsed by Vigil's
/// own PromQL parser when the specs are checked, and gets the same checks as built queries: metrics must be
/// declared, labels must exist, functions must suit the metric's kind.
///
/// ```swift
/// Alert("HighErrorRate", severity: .critical, for: .minutes(5)) {
///     PromQL(#"sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05"#)
/// }
/// ```
public struct PromQL: Sendable {
    /// The text as written.
    public let text: String
    /// The parsed tree, or the syntax error the compiler reports at ``location``.
    public let parsed: Result<PromQLExpression, PromQLSyntaxError>
    /// Where the string was written.
    public let location: SourceLocation

    /// A PromQL expression.
    public init(
        _ text: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.text = text
        self.parsed = Result { () throws(PromQLSyntaxError) in try PromQLExpression(parsing: text) }
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// The parsed tree, as a fragment inside a built query, where it stands for an instant vector or, as an
    /// operand of arithmetic or a comparison, a scalar (`x > PromQL("25 / 100")`). A fragment that does not
    /// parse, or that is a range vector or a string, becomes a string literal that states the problem:
    /// ``fragmentProblem(inLiteral:)`` reads it, the compiler reports it and emits nothing. A scalar fragment
    /// where a vector belongs is found by ``placesScalarWhereVectorBelongs(_:)``. (A whole expression is
    /// checked from ``parsed``.)
    public var expression: PromQLExpression {
        switch parsed {
        case .success(let tree) where tree.type == .instantVector || tree.type == .scalar:
            tree
        case .success(let tree):
            .string(Self.problemMarker + "PromQL(\"\(text)\") is a \(tree.type), where an instant vector belongs")
        case .failure(let error):
            .string(Self.problemMarker + "PromQL(\"\(text)\") does not parse: \(error.message)")
        }
    }

    /// What starts the string literal that stands in for an invalid fragment.
    static let problemMarker = "vigil: invalid PromQL fragment: "

    /// The problem that `literal` states when it is the stand-in of an invalid fragment; `nil` for any other
    /// string. Built queries are well typed by construction (the query builder's tests check that each prints
    /// and parses back to itself), so a fragment is the only way a built query can be wrong.
    public static func fragmentProblem(inLiteral literal: String) -> String? {
        guard literal.hasPrefix(problemMarker) else { return nil }
        return String(literal.dropFirst(problemMarker.count))
    }

    /// Whether `node` has a scalar operand where a vector belongs: an aggregation's or a subquery's operand, or
    /// a function's argument where the function takes a vector. Only the node's own operands are looked at. A
    /// built query gets there only through a scalar fragment (`sum(PromQL("1"))`), and the parser rejects it
    /// in text; the compiler then type-checks the node in full.
    public static func placesScalarWhereVectorBelongs(_ node: PromQLExpression) -> Bool {
        switch node {
        case .aggregation(let aggregation): placesScalarWhereVectorBelongs(aggregation)
        case .subquery(let subquery): placesScalarWhereVectorBelongs(subquery)
        case .call(let call): placesScalarWhereVectorBelongs(call)
        default: false
        }
    }

    /// Whether the aggregation's operand is a scalar: the question for an aggregation node, asked of its payload
    /// (which a caller holding it need not copy again).
    public static func placesScalarWhereVectorBelongs(_ aggregation: PromQLAggregation) -> Bool {
        aggregation.expression.type == .scalar
    }

    /// Whether the subquery's operand is a scalar: the question for a subquery node, asked of its payload.
    public static func placesScalarWhereVectorBelongs(_ subquery: PromQLSubquery) -> Bool {
        subquery.expression.type == .scalar
    }

    /// Whether the call has a scalar argument where the function takes a vector: the question for a call node,
    /// asked of its payload.
    public static func placesScalarWhereVectorBelongs(_ call: PromQLCall) -> Bool {
        call.arguments.indices.contains { index in
            call.arguments[index].type == .scalar && call.function.parameterType(at: index) != .scalar
        }
    }
}
