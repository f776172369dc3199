/// A PromQL expression written as text, for what the typed builder does not cover. It is parsed by Vigil's
/// own PromQL parser when the specs are checked, and gets the same checks as built queries: metrics must be
/// declared, labels must exist, functions must suit the metric's kind.
///
/// ```swift
/// Alert("HighErrorRate", severity: .critical, for: .minutes(5)) {
///     PromQL(#"sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05"#)
/// }
/// ```
public struct PromQL: Sendable, VectorExpression {
    public typealias Labels = NoLabels

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
    /// ``builtQueryFlaw(in:)`` finds it, the compiler reports it and emits nothing; it also finds a scalar
    /// fragment where a vector belongs. (A whole expression is checked from ``parsed``.)
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

    /// What can be wrong with a built query. Built queries are well typed by construction (the query
    /// builder's tests check that each prints and parses back to itself), so a `PromQL` fragment is the only
    /// way a built query can be wrong.
    public enum BuiltQueryFlaw: Equatable, Sendable {
        /// An invalid fragment (it does not parse, or is a range vector or a string), with its problem.
        case invalidFragment(String)
        /// A scalar stands where a vector belongs: as the operand of an aggregation or a subquery, or as a
        /// function's argument where the function takes a vector. A built query gets there only through a
        /// scalar fragment (`sum(PromQL("1"))`); the compiler then type-checks that query in full.
        case misplacedScalar
    }

    /// The flaw of a built query, found in one walk of its tree: the first invalid fragment's problem if there
    /// is one, else whether a scalar is misplaced; `nil` when neither is found.
    public static func builtQueryFlaw(in tree: PromQLExpression) -> BuiltQueryFlaw? {
        var problem: String?
        var hasMisplacedScalar = false
        tree.visit { part in
            switch part {
            case .string(let text) where problem == nil && text.hasPrefix(problemMarker):
                problem = String(text.dropFirst(problemMarker.count))
            case .aggregation(let aggregation):
                hasMisplacedScalar = hasMisplacedScalar || aggregation.expression.type == .scalar
            case .subquery(let subquery):
                hasMisplacedScalar = hasMisplacedScalar || subquery.expression.type == .scalar
            case .call(let call) where !hasMisplacedScalar:
                hasMisplacedScalar = call.arguments.indices.contains { index in
                    call.arguments[index].type == .scalar && call.function.parameterType(at: index) != .scalar
                }
            default:
                break
            }
        }
        if let problem {
            return .invalidFragment(problem)
        }
        return hasMisplacedScalar ? .misplacedScalar : nil
    }
}
