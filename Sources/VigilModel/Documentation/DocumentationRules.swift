import VigilCore

/// Rules on what the README carries from the specs: corrections of the source document and notes.
package enum DocumentationRules {
    package static let all: [ValidationRule] = [
        ValidationRule("corrected queries parse and match the declared metrics", inContext: correctedQueries),
        ValidationRule("corrections change the original and say what and why", check: corrections),
        ValidationRule("corrected queries are queries the stack runs", check: unusedCorrections),
        ValidationRule("notes are not empty", check: notes),
    ]

    /// Checks each correction's query as a rule's query is checked: a correction must not itself be wrong.
    static func correctedQueries(_ context: StackRuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for correction in context.stack.corrections {
            _ = RuleRules.check(correction.corrected, with: context.checker, expecting: nil, &diagnostics)
        }
        return diagnostics
    }

    /// A correction needs a subject and a reason, and a corrected query that differs from the original.
    static func corrections(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.corrections.flatMap { correction -> [Diagnostic] in
            var diagnostics: [Diagnostic] = []
            for (field, value) in [("subject", correction.subject), ("reason", correction.reason)]
            where value.allSatisfy(\.isWhitespace) {
                diagnostics.append(
                    .error(
                        "incomplete-correction", "the correction of '\(correction.original)' has an empty \(field)",
                        at: correction.location,
                        hint: field == "subject"
                            ? "name what the document calls the item, e.g. \"HighLatency alert\""
                            : "say in a sentence why the document's query is wrong"))
            }
            if let original = try? PromQLExpression(parsing: correction.original),
                let corrected = correction.corrected.tree, original.description == corrected.description
            {
                diagnostics.append(
                    .error(
                        "correction-unchanged",
                        "the correction of '\(correction.subject)' gives the document's query unchanged",
                        at: correction.location,
                        hint: "a correction lists a change; remove it, or write a Note if the query is right"))
            }
            return diagnostics
        }
    }

    /// A corrected query that no alert, recording rule or panel runs (whole or as a part) documents a fix the
    /// stack does not make: the README would say one thing and the stack do another.
    static func unusedCorrections(_ stack: ResolvedStack) -> [Diagnostic] {
        var unmatched = stack.corrections.compactMap { correction in
            correction.corrected.tree.map { (correction, $0) }
        }
        guard !unmatched.isEmpty else { return [] }
        let panelQueries = stack.dashboards.flatMap(\.panels).flatMap(\.targets).compactMap { target in
            if case .promQL(let expression) = target.language { expression.tree } else { nil }
        }
        let trees =
            stack.alerts.compactMap { $0.expression?.tree } + stack.recordingRules.compactMap(\.expression.tree)
            + panelQueries
        // Equal trees print alike, so comparing trees finds the usual case (one `static let` used in both
        // places) without printing every sub-expression. The corrected trees are compared on their own, not
        // copied out of the corrections again at every part of every query.
        var unmatchedTrees = unmatched.map(\.1)
        for tree in trees where !unmatchedTrees.isEmpty {
            tree.visit { part in
                guard unmatchedTrees.contains(part) else { return }
                unmatchedTrees.removeAll { $0 == part }
            }
        }
        unmatched.removeAll { !unmatchedTrees.contains($0.1) }
        guard !unmatched.isEmpty else { return [] }
        // Trees built differently can still print as the same query (`-1` as a literal or a negation).
        var queries: Set<String> = []
        for tree in trees {
            tree.visit { queries.insert($0.description) }
        }
        return unmatched.compactMap { correction, tree in
            guard !queries.contains(tree.description) else { return nil }
            return .warning(
                "unused-correction",
                "the corrected query of '\(correction.subject)' is not run by any alert, recording rule or panel",
                at: correction.location,
                hint:
                    "declare the query once (a `static let`) and use it in both the correction and the alert or panel")
        }
    }

    /// An empty note renders as an empty list item.
    static func notes(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.notes.filter { $0.text.allSatisfy(\.isWhitespace) }.map {
            .error("empty-note", "a note has no text", at: $0.location, hint: "write the remark, or remove the Note")
        }
    }
}
