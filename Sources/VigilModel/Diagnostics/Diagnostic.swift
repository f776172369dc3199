import VigilCore

/// A problem found in the specs, pointing at the spec line that caused it.
public struct Diagnostic: Hashable, Sendable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Comparable {
        /// Generation stops: nothing is written.
        case error
        /// Output is written, but the spec most likely says something it does not mean.
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// Error or warning.
    public var severity: Severity
    /// The rule broken, in kebab-case (`duplicate-job`); stable, so it can be searched for.
    public var id: String
    /// What is wrong, in one sentence.
    public var message: String
    /// Where in the specs.
    public var location: SourceLocation
    /// How to fix it, when there is something useful to say ("did you mean …?").
    public var hint: String?

    /// An error: generation stops.
    public static func error(_ id: String, _ message: String, at location: SourceLocation, hint: String? = nil)
        -> Diagnostic
    {
        Diagnostic(severity: .error, id: id, message: message, location: location, hint: hint)
    }

    /// A warning: output is still written.
    public static func warning(_ id: String, _ message: String, at location: SourceLocation, hint: String? = nil)
        -> Diagnostic
    {
        Diagnostic(severity: .warning, id: id, message: message, location: location, hint: hint)
    }
}
