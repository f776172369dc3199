import VigilCore

/// Rules on alerting and recording rules: their PromQL against the declared metrics, their names, their
/// templates, their timing, and duplicates.
package enum RuleRules {
    package static let all: [ValidationRule] = [
        ValidationRule(
            "rule expressions parse, have the right type and match the declared metrics", inContext: expressions),
        ValidationRule("rule names are valid and unique", check: names),
        ValidationRule("no alert is copied into another service unchanged", check: copiedAlerts),
        ValidationRule("alert durations are not shorter than the evaluation interval", check: durations),
        ValidationRule("rule labels and annotation keys are valid", check: labelNames),
    ]

    /// An alert as a test expectation finds it: its group, name and static labels.
    struct AlertKey: Hashable {
        var group: String
        var name: String
        var labels: [Label]

        init(_ alert: ResolvedAlert) {
            (group, name, labels) = (alert.group, alert.name, alert.labels)
        }
    }

    /// Checks every rule's query, the alerts' templates against the labels their queries keep, and the labels
    /// alert tests expect against the same.
    static func expressions(_ context: StackRuleContext) -> [Diagnostic] {
        let stack = context.stack
        var diagnostics: [Diagnostic] = []
        var recordedLabels: [String: LabelSet] = [:]
        // One catalogue for every rule (building one per rule made validation quadratic), a copy of the stack's: a
        // rule's series gets its labels once the rule is checked, so later rules and the alerts see them.
        var checker = context.checker
        for rule in stack.recordingRules {
            let (labels, found) = check(rule.expression, with: checker, expecting: nil, &diagnostics)
            // Rules sharing a name (one per SLO) record series with any of their label sets.
            let recorded = found ? labels.adding(rule.labels.map(\.name)) : .unknown
            let merged = recordedLabels[rule.name].map { $0.union(recorded) } ?? recorded
            recordedLabels[rule.name] = merged
            checker.catalogue.record(rule.name, labels: merged)
        }
        var alertLabels: [AlertKey: LabelSet] = [:]
        for alert in stack.alerts {
            guard let expression = alert.expression else { continue }
            let (labels, found) = check(expression, with: checker, expecting: .instantVector, &diagnostics)
            alertLabels[AlertKey(alert)] = found ? labels.adding(alert.labels.map(\.name)) : .unknown
            let templates =
                alert.annotations.map { ($0.template, $0.location) }
                + alert.labels.map { (AlertTemplateParser.parse($0.value), alert.location) }
            for (template, location) in templates {
                diagnostics += TemplateCheck.problems(in: template, labels: found ? labels : .unknown).map {
                    Diagnostic(
                        severity: $0.severity, id: $0.id, message: "alert '\(alert.name)': \($0.message)",
                        location: location, hint: $0.hint)
                }
            }
        }
        return diagnostics + expectedLabels(stack, alerts: context.alerts, alertLabels: alertLabels)
    }

    /// A label an alert test expects on an alert whose query does not keep it and which does not set it: the
    /// alert promtool sees never has it, so the test cannot pass.
    static func expectedLabels(_ stack: ResolvedStack, alerts: AlertsByName, alertLabels: [AlertKey: LabelSet])
        -> [Diagnostic]
    {
        stack.alertTests.flatMap { test in
            test.expectations.flatMap { expectation in
                expectation.firing.flatMap { firing -> [Diagnostic] in
                    guard let alert = alerts.alert(named: expectation.alertName, for: test, labels: firing.labels),
                        case .known(let kept) = alertLabels[AlertKey(alert)] ?? .unknown,
                        // Almost always every label is kept; only then are the names gathered and sorted.
                        firing.labels.keys.contains(where: { $0 != "alertname" && !kept.contains($0) })
                    else { return [] }
                    let available = kept.union(["alertname"])
                    return DeclaredNames(available).undeclared(firing.labels.keys.sorted(), name: \.self) {
                        label, suggestion in
                        .error(
                            "expected-label-dropped",
                            "test '\(test.name)' expects alert '\(alert.name)' with the label '\(label)', which the "
                                + "alert's query does not keep and the alert does not set",
                            at: expectation.location,
                            hint: suggestion ?? "the alert carries \(available.sorted().joined(separator: ", "))")
                    }
                }
            }
        }
    }

    /// Reports the syntax error, the wrong type or the metric problems of one expression; returns the labels
    /// of its result and whether it parsed.
    static func check(
        _ expression: ResolvedExpression, with checker: ExpressionChecker, expecting type: PromQLValueType?,
        _ diagnostics: inout [Diagnostic]
    ) -> (LabelSet, Bool) {
        guard let tree = expression.tree else {
            if let error = expression.syntaxError {
                diagnostics.append(
                    .error(
                        "promql-syntax",
                        "PromQL syntax error at \(error.line):\(error.column) of the expression: \(error.message)",
                        at: expression.location, hint: caret(under: expression.rawText ?? "", at: error)))
            }
            return (.unknown, false)
        }
        let (labels, problems) = checker.check(tree)
        // A built query is well formed by construction, unless a `PromQL` fragment inside it is not; then that
        // is all there is to say about it.
        if let flaw = problems.first(where: { $0.id == ExpressionChecker.invalidQuery }) {
            diagnostics.append(
                .error(
                    flaw.id, flaw.message, at: expression.location,
                    hint: "a PromQL(\"...\") fragment inside a built query must parse, and be an instant vector "
                        + "or a scalar where arithmetic or a comparison takes one; the query reads: \(tree)"))
            return (.unknown, false)
        }
        if let type, tree.type != type {
            diagnostics.append(
                .error(
                    "invalid-expression-type", "an alert's expression must be an instant vector, not a \(tree.type)",
                    at: expression.location, hint: "compare it with a threshold, e.g. `... > 0`"))
        }
        diagnostics += problems.map { $0.diagnostic(at: expression.location) }
        return (labels, true)
    }

    /// The offending line of the expression with a caret under the error's column.
    static func caret(under text: String, at error: PromQLSyntaxError) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard error.line >= 1, error.line <= lines.count else { return text }
        let line = lines[error.line - 1]
        return "\n        \(line)\n        " + String(repeating: " ", count: Swift.max(0, error.column - 1)) + "^"
    }

    /// An alert with the name and the query of another service's alert: a copied service, whose two alerts
    /// watch the same series (the query names no job of its own) and fire twice, once under each `service`.
    static func copiedAlerts(_ stack: ResolvedStack) -> [Diagnostic] {
        let queried = stack.alerts.filter { $0.expression?.tree != nil }
        // Only alerts that share their name can be copies: the others' queries need not be printed.
        let counts = Dictionary(queried.map { ($0.name, 1) }, uniquingKeysWith: +)
        let namesakes = queried.filter { counts[$0.name, default: 0] > 1 }
        let copies = DuplicateNames.find(
            namesakes, by: { [$0.name, $0.expression?.tree?.description] }, across: \.group)
        return copies.map { alert, original in
            .error(
                "copied-alert",
                "alert '\(alert.name)' of '\(alert.group)' has the name and the query of the one of "
                    + "'\(original.group)': both watch the same series and fire together",
                at: alert.location,
                hint: DuplicateNames.hint(
                    other: original.location,
                    "select this service's series (a job matcher) and give the alert a name of its own, or keep one"))
        }
    }

    /// Alert and recording rule names Prometheus accepts, each rule declared once.
    static func names(_ stack: ResolvedStack) -> [Diagnostic] {
        let alerts = stack.alerts.compactMap { alert -> Diagnostic? in
            guard !PrometheusNames.isValidMetricName(alert.name) else { return nil }
            return .error(
                "invalid-alert-name", "alert name '\(alert.name)' must match [a-zA-Z_:][a-zA-Z0-9_:]*",
                at: alert.location, hint: "alerts are named in UpperCamelCase, e.g. 'HighErrorRate'")
        }
        let records = stack.recordingRules.compactMap { rule -> Diagnostic? in
            if !PrometheusNames.isValidMetricName(rule.name) {
                return .error(
                    "invalid-recording-rule-name", "recording rule name '\(rule.name)' is not a valid metric name",
                    at: rule.location, hint: "name it level:metric:operations, e.g. 'job:http_requests:rate5m'")
            }
            guard rule.name.utf8.count(where: { $0 == UInt8(ascii: ":") }) != 2 else { return nil }
            return .warning(
                "recording-rule-name-convention", "recording rule '\(rule.name)' is not named level:metric:operations",
                at: rule.location, hint: "e.g. 'job:http_requests:rate5m'")
        }
        let duplicateAlerts = DuplicateNames.errors(
            stack.alerts, by: { RuleIdentity(name: $0.name, labels: $0.labels) }, at: \.location, id: "duplicate-alert",
            hint: { DuplicateNames.hint(first: $0, "give one a distinguishing label or another name") },
            message: { "alert '\($0.name)' is declared twice with the same labels" })
        let duplicateRecords = DuplicateNames.errors(
            stack.recordingRules, by: { RuleIdentity(name: $0.name, labels: $0.labels) }, at: \.location,
            id: "duplicate-recording-rule",
            message: { "recording rule '\($0.name)' is declared twice with the same labels" })
        return alerts + records + duplicateAlerts + duplicateRecords
    }

    static func durations(_ stack: ResolvedStack) -> [Diagnostic] {
        let intervals = Dictionary(stack.ruleGroups.map { ($0.name, $0.interval) }) { first, _ in first }
        let negative = stack.alerts.flatMap { alert in
            [("for", alert.duration), ("keepFiringFor", alert.keepFiringFor)].compactMap {
                name, duration -> Diagnostic? in
                guard let duration, duration.milliseconds < 0 else { return nil }
                return .error(
                    "negative-duration",
                    "alert '\(alert.name)' has \(name): \(duration); a duration cannot be negative",
                    at: alert.location, hint: "write a positive duration, or leave \(name) out")
            }
        }
        return negative
            + stack.alerts.compactMap { alert in
                guard let duration = alert.duration, duration.milliseconds >= 0 else { return nil }
                let interval = (intervals[alert.group] ?? nil) ?? stack.prometheus.evaluationInterval
                guard duration < interval else { return nil }
                return .warning(
                    "for-shorter-than-interval",
                    "alert '\(alert.name)' waits \(duration), less than the evaluation interval \(interval)",
                    at: alert.location,
                    hint: "rules are evaluated every \(interval): 'for' rounds up to it; write at least \(interval)")
            }
    }

    /// Label names and annotation keys Prometheus accepts, of alerts and recording rules.
    static func labelNames(_ stack: ResolvedStack) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ name: String, _ kind: String, at location: SourceLocation) {
            guard !PrometheusNames.isValidUserLabelName(name) else { return }
            diagnostics.append(
                .error(
                    "invalid-label-name", "\(kind) '\(name)' is not a valid label name", at: location,
                    hint: "label names must match [a-zA-Z_][a-zA-Z0-9_]* and not start with '__'"))
        }
        for alert in stack.alerts {
            for label in alert.labels { check(label.name, "label", at: alert.location) }
            for annotation in alert.annotations { check(annotation.key, "annotation key", at: annotation.location) }
        }
        for rule in stack.recordingRules {
            for label in rule.labels { check(label.name, "label", at: rule.location) }
        }
        return diagnostics
    }

    /// What tells two alerts, or two recording rules, apart in Prometheus: the name and the labels.
    private struct RuleIdentity: Hashable {
        var name: String
        var labels: [Label]
    }
}
