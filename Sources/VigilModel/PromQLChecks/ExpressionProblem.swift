import VigilCore

/// A problem the checker found in a query, before it is placed at a spec location.
struct ExpressionProblem: Equatable {
    var severity: Diagnostic.Severity
    var id: String
    var message: String
    var hint: String?

    static func error(_ id: String, _ message: String, hint: String? = nil) -> ExpressionProblem {
        ExpressionProblem(severity: .error, id: id, message: message, hint: hint)
    }

    static func warning(_ id: String, _ message: String, hint: String? = nil) -> ExpressionProblem {
        ExpressionProblem(severity: .warning, id: id, message: message, hint: hint)
    }

    /// The problem as a diagnostic of what was written at `location`.
    func diagnostic(at location: SourceLocation) -> Diagnostic {
        Diagnostic(severity: severity, id: id, message: message, location: location, hint: hint)
    }
}
