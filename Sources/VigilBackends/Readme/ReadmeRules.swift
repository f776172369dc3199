import VigilModel

/// The README's catalogue of the rules Prometheus evaluates: every alert (the declared ones, the SLOs' burn-rate
/// alerts and the stack's self-monitoring) with where the routing tree sends it, and the recording rules
/// written in the specs.
enum ReadmeRules {
    static func alerts(_ stack: ResolvedStack) -> [String] {
        guard !stack.alerts.isEmpty else { return [] }
        let routed = stack.alertmanager != nil
        let packAlerts = Set(stack.rulePacks.flatMap { $0.alerts.map(\.name) })
        let rows = stack.alerts.map { alert in
            /// The value of the alert's first annotation `key`.
            func annotation(_ key: String) -> String? {
                alert.annotations.first { $0.key == key }?.value
            }
            var row = [
                Markdown.code(alert.name),
                Markdown.code(service(of: alert)), alert.severity.name,
                alert.duration.map { "\($0)" } ?? "", Markdown.text(annotation("summary") ?? ""),
                annotation("runbook_url").map(Markdown.link)
                    ?? (packAlerts.contains(alert.name) ? ReadmeRulePacks.runbookLink(alert.name) : ""),
            ]
            if let alertmanager = stack.alertmanager {
                row.append(
                    RoutingExpectation(alert: alert, root: alertmanager.root).receivers.map(Markdown.code).joined(
                        separator: ", "))
            }
            return row
        }
        return [
            "## Alerts",
            "",
            "Every alerting rule, in `prometheus/rules/`: those the specs declare, each SLO's burn-rate alerts and the",
            "stack's alerts on itself. `for` is how long the condition must hold before the alert fires."
                + (routed ? " The last column is where the routing tree sends the alert, by its static labels." : ""),
            "",
        ]
            + Markdown.table(
                ["alert", "service", "severity", "for", "summary", "runbook"] + (routed ? ["notifies"] : []), rows)
    }

    /// The alert's `service` label, or its rule group's name when the label is a template (the stack's
    /// `TargetDown` names the job that is down).
    static func service(of alert: ResolvedAlert) -> String {
        let label = alert.labels.first { $0.name == "service" }?.value
        return label.flatMap { $0.holdsTemplateAction ? nil : $0 } ?? alert.group
    }

    /// The recording rules written in the specs; the SLOs' own are listed with their SLO.
    static func recordingRules(_ stack: ResolvedStack) -> [String] {
        let sloGroups = Set(stack.slos.flatMap(\.ruleGroups))
        let rules = stack.recordingRules.filter { !sloGroups.contains($0.group) }
        guard !rules.isEmpty else { return [] }
        return ["## Recording rules", ""] + table(rules)
    }

    /// A table of recording rules: series, service, labels, query.
    static func table(_ rules: [ResolvedRecordingRule]) -> [String] {
        Markdown.table(
            ["series", "service", "labels", "query"],
            rules.map { rule in
                [
                    Markdown.code(rule.name), Markdown.code(rule.group),
                    rule.labels.map { Markdown.code("\($0.name)=\($0.value)") }.joined(separator: ", "),
                    Markdown.code(rule.expression.text),
                ]
            })
    }
}
