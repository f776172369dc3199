import VigilCore

/// Rules on dashboard queries: their PromQL against the declared metrics, their legend formats against the
/// labels their results keep, and every Grafana variable they use against the dashboard's declarations.
package enum DashboardQueryRules {
    package static let all: [ValidationRule] = [
        ValidationRule("dashboard queries parse and match the declared metrics", eachDashboard: queries),
        ValidationRule("dashboard queries use declared variables only", eachDashboard: variableReferences),
        ValidationRule("dashboard variables are named uniquely and have values", eachDashboard: variableDeclarations),
    ]

    /// Grafana's own variables most often meant when a `$name` is not declared.
    static let builtInVariables = ["__rate_interval", "__interval", "__range", "__from", "__to"]

    /// Checks the PromQL of every target and query variable; a panel query must return an instant vector
    /// or a scalar, and a legend format may only name labels its result keeps.
    static func queries(_ dashboard: ResolvedDashboard, in context: StackRuleContext) -> [Diagnostic] {
        let checker = context.checker
        var diagnostics: [Diagnostic] = []
        for variable in dashboard.variables {
            guard let expression = variable.expression else { continue }
            _ = check(expression, with: checker, in: "variable '\(variable.variable.name)'", &diagnostics)
        }
        dashboard.forEachPanel { panel in
            for target in panel.targets {
                guard case .promQL(let expression) = target.language else { continue }
                let subject = { "panel '\(panel.panel.title)'" }
                guard let labels = check(expression, with: checker, in: subject(), &diagnostics) else { continue }
                diagnostics += legendProblems(target, labels: labels, in: subject())
            }
        }
        return diagnostics
    }

    /// The rule checks of one query, its diagnostics naming `subject`; the labels of its result when it
    /// parsed.
    static func check(
        _ expression: ResolvedExpression, with checker: ExpressionChecker, in subject: @autoclosure () -> String,
        _ diagnostics: inout [Diagnostic]
    ) -> LabelSet? {
        var found: [Diagnostic] = []
        let (labels, parsed) = RuleRules.check(expression, with: checker, expecting: nil, &found)
        diagnostics += found.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.message = "\(subject()): \(diagnostic.message)"
            return diagnostic
        }
        guard parsed, let tree = expression.tree else { return nil }
        if tree.type == .rangeVector || tree.type == .string {
            diagnostics.append(
                .error(
                    "invalid-query-type",
                    "\(subject()): a query must return an instant vector or a scalar, not a \(tree.type)",
                    at: expression.location, hint: "apply a function such as rate() to a range"))
        }
        return labels
    }

    /// `{{label}}` in a legend format that the query's result does not keep would show as empty text.
    static func legendProblems(
        _ target: ResolvedTarget, labels: LabelSet, in subject: @autoclosure () -> String
    ) -> [Diagnostic] {
        guard let format = target.legendFormat, case .known(let available) = labels else { return [] }
        // Names starting with `__` (`{{__name__}}`) are left alone.
        let named = legendLabels(in: format).filter { !$0.hasPrefix("__") }
        return DeclaredNames(available).undeclared(named, name: \.self) { label, suggestion in
            .error(
                "legend-unknown-label",
                "\(subject()): legend format '\(format)' uses label '\(label)', which query \(target.refID) does not keep",
                at: target.location,
                hint: suggestion
                    ?? (available.isEmpty
                        ? "its result has no labels; keep some with `by`"
                        : "it keeps \(available.sorted().joined(separator: ", "))"))
        }
    }

    /// The label names of `{{name}}` placeholders.
    package static func legendLabels(in format: String) -> [String] {
        let utf8 = Array(format.utf8)
        var labels: [String] = []
        var index = 0
        while let open = pair(UInt8(ascii: "{"), in: utf8, from: index),
            let close = pair(UInt8(ascii: "}"), in: utf8, from: open + 2)
        {
            var name = utf8[(open + 2)..<close]
            while name.first == UInt8(ascii: " ") { name.removeFirst() }
            while name.last == UInt8(ascii: " ") { name.removeLast() }
            if !name.isEmpty { labels.append(String(decoding: name, as: UTF8.self)) }
            index = close + 2
        }
        return labels
    }

    /// Where the next two `brace`s in a row start, at or after `index`.
    private static func pair(_ brace: UInt8, in utf8: [UInt8], from index: Int) -> Int? {
        var index = index
        while index + 1 < utf8.count {
            if utf8[index] == brace, utf8[index + 1] == brace { return index }
            index += 1
        }
        return nil
    }

    /// Every `$name` in a query, a query variable or a log query names a declared variable or one of
    /// Grafana's own.
    static func variableReferences(_ dashboard: ResolvedDashboard, in _: StackRuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // A dashboard declares a handful of variables: a search beats hashing every reference. Grafana's own
        // variables are among the names only to be suggested: references to them (`$__...`) are left out first.
        let declared = DeclaredNames(dashboard.variables.map(\.variable.name) + builtInVariables)
        func check(_ text: String, at location: SourceLocation, in subject: @autoclosure () -> String) {
            let references = GrafanaVariables.references(in: text).filter { !$0.isBuiltIn }
            diagnostics += declared.undeclared(references, name: \.name) { reference, suggestion in
                .error(
                    "undeclared-variable",
                    "\(subject()) uses $\(reference.name), which dashboard '\(dashboard.title)' does not declare",
                    at: location,
                    hint: suggestion ?? "declare it in the dashboard: Variable(\"\(reference.name)\", ...)")
            }
        }
        for variable in dashboard.variables {
            check(variable.query, at: variable.variable.location, in: "variable '\(variable.variable.name)'")
        }
        dashboard.forEachPanel { panel in
            for target in panel.targets {
                check(target.text, at: target.location, in: "panel '\(panel.panel.title)'")
            }
        }
        return diagnostics
    }

    static func variableDeclarations(_ dashboard: ResolvedDashboard, in _: StackRuleContext) -> [Diagnostic] {
        let variables = dashboard.variables.map(\.variable)
        var diagnostics = DuplicateNames.errors(variables, by: \.name, at: \.location, id: "duplicate-variable") {
            "dashboard '\(dashboard.title)' declares variable '\($0.name)' twice"
        }
        for variable in variables {
            if !PrometheusNames.isValidUserLabelName(variable.name) {
                diagnostics.append(
                    .error(
                        "invalid-variable-name", "variable name '\(variable.name)' is not valid",
                        at: variable.location,
                        hint:
                            "names match [a-zA-Z_][a-zA-Z0-9_]* and do not start with '__', which Grafana reserves")
                )
            }
            let hasNoValues =
                switch variable.source {
                case .custom(let values): values.isEmpty
                case .interval(let intervals, _): intervals.isEmpty
                default: false
                }
            if hasNoValues {
                diagnostics.append(
                    .error(
                        "empty-variable", "variable '\(variable.name)' has no values to choose from",
                        at: variable.location))
            }
        }
        return diagnostics
    }
}
