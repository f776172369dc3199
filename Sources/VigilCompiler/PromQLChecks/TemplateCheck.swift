/// Checks the Go templates in alert annotations and labels: every `{{` is closed, no action is empty, and
/// every `$labels.x` names a label the alert's query keeps.
enum TemplateCheck {
    /// The problems of one template text, given the labels of the alert's result.
    static func problems(in text: String, labels: LabelSet) -> [ExpressionProblem] {
        var problems: [ExpressionProblem] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                problems.append(
                    .error(
                        "template-syntax", "'{{' at '\(rest[open.lowerBound...].prefix(20))' is never closed with '}}'")
                )
                break
            }
            let action = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: [" ", "-"])
            if action.isEmpty {
                problems.append(.error("template-syntax", "'{{ }}' is an empty template action", hint: "remove it"))
            }
            for label in referencedLabels(in: action) where !labels.mayContain(label) {
                var hint = "the query's result keeps no such label"
                if case .known(let available) = labels {
                    hint =
                        Suggestion.hint(for: label, in: available)
                        ?? (available.isEmpty
                            ? "the query's result has no labels; keep some with `by`"
                            : "it keeps \(available.sorted().joined(separator: ", "))")
                }
                problems.append(
                    .error(
                        "template-unknown-label",
                        "template uses $labels.\(label), which the alert's query does not keep", hint: hint))
            }
            rest = rest[close.upperBound...]
        }
        return problems
    }

    /// The label names an action reads: `$labels.name` and `index $labels "name"`.
    static func referencedLabels(in action: String) -> [String] {
        var labels: [String] = []
        var rest = action[...]
        while let reference = rest.range(of: "$labels") {
            rest = rest[reference.upperBound...]
            if rest.hasPrefix(".") {
                let name = rest.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if !name.isEmpty { labels.append(String(name)) }
            } else if let quoted = indexArgument(rest) {
                labels.append(quoted)
            }
        }
        return labels
    }

    /// `"name"` after `index $labels`.
    static func indexArgument(_ text: Substring) -> String? {
        let trimmed = text.drop { $0 == " " }
        guard trimmed.hasPrefix("\"") else { return nil }
        let name = trimmed.dropFirst().prefix { $0 != "\"" }
        return name.isEmpty ? nil : String(name)
    }
}
