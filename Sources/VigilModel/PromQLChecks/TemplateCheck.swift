/// Checks the Go templates in alert annotations and labels as Prometheus 3.5 loads them (see
/// ``AlertTemplateParser``): syntax, variables, functions and templates, and every label of the alert's series they
/// read against the labels the alert's query keeps.
enum TemplateCheck {
    /// The problems of one template text, given the labels of the alert's result.
    static func problems(in text: String, labels: LabelSet) -> [ExpressionProblem] {
        problems(in: AlertTemplateParser.parse(text), labels: labels)
    }

    /// The problems of a template parsed before, given the labels of the alert's result.
    static func problems(in template: AlertTemplate, labels: LabelSet) -> [ExpressionProblem] {
        let problems = template.problems.map(problem)
        // Where the checker cannot tell the labels of the query's result, it takes every label for kept.
        guard case .known(let available) = labels else { return problems }
        let kept = DeclaredNames(available)
        return problems
            + kept.undeclared(template.labelReferences.uniqued, name: \.self) { label, suggestion in
                .error(
                    "template-unknown-label", "template uses $labels.\(label), which the alert's query does not keep",
                    hint: suggestion
                        ?? (available.isEmpty
                            ? "the query's result has no labels; keep some with `by`"
                            : "it keeps \(available.sorted().joined(separator: ", "))"))
            }
    }

    /// The diagnostic of a problem the parser found.
    static func problem(_ problem: AlertTemplateProblem) -> ExpressionProblem {
        switch problem {
        case .syntax(let message, let action, let hint):
            return .error(
                "template-syntax", "template '\(action)' does not parse: \(message)",
                hint: hint
                    ?? "Prometheus parses annotations and labels with Go's text/template and will not load the rule")
        case .undefinedVariable(let name, let inScope):
            let visible = inScope.filter { $0 != "$" }
            return .error(
                "template-undefined-variable", "template uses \(name), which is not declared where it is used",
                hint: Suggestion.hint(for: name, in: visible)
                    ?? "declare it with \(name) := ...; a variable lives until the {{ end }} of the structure it is "
                    + "declared in; in scope here: \((inScope).joined(separator: ", "))")
        case .unknownFunction(let name):
            return .error(
                "template-unknown-function", "template calls '\(name)', which Prometheus 3.5 does not define",
                hint: Suggestion.hint(for: name, in: AlertTemplateFunctions.all)
                    ?? "the functions are Go's builtins and Prometheus's: humanize, humanizeDuration, toUpper, "
                    + "reReplaceAll, query, ... (https://prometheus.io/docs/prometheus/latest/configuration/template_reference/)"
            )
        case .undefinedTemplate(let name):
            return .warning(
                "template-undefined-template",
                "template invokes template \"\(name)\", which it does not define; Prometheus renders an error instead",
                hint: "define it in the same text with {{ define \"\(name)\" }}...{{ end }}, or use {{ block }}")
        case .undeclaredAssignment(let name):
            return .warning(
                "template-undeclared-assignment",
                "template assigns \(name) with '=' before declaring it; Prometheus renders an error instead",
                hint: "declare it with \(name) := ...")
        }
    }
}
