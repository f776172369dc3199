/// What is wrong with an alert template, found while parsing it.
enum AlertTemplateProblem: Equatable, Sendable {
    /// The template does not parse: Go's message, the action it is in as written, and what to do when there is more
    /// to say than the message. Parsing stops here.
    case syntax(String, action: String, hint: String?)
    /// A variable used outside the scope of any declaration of it, and the variables in scope there.
    case undefinedVariable(String, inScope: [String])
    /// A function that neither Go nor Prometheus defines.
    case unknownFunction(String)
    /// `{{ template "x" }}` of a template that is not defined (with `define` or `block`): it parses, then fails
    /// each time Prometheus renders it.
    case undefinedTemplate(String)
    /// `$x = ...` of a variable never declared with `:=`: it parses, then fails each time Prometheus renders it.
    case undeclaredAssignment(String)

    /// Whether Prometheus refuses to load the rule (the others fail when the alert fires).
    var rejectsRule: Bool {
        switch self {
        case .syntax, .undefinedVariable, .unknownFunction: true
        case .undefinedTemplate, .undeclaredAssignment: false
        }
    }
}
