import VigilModel

/// The README's account of the rule packs the stack brings (its exporters', its services' process pack, its own
/// Prometheus's and Alertmanager's): each pack's alerts with their severity, `for` and threshold as deployed
/// (marked when the stack tuned them), the series excluded, the alerts disabled and why; then a runbook per
/// alert: what it means and what to look at first.
enum ReadmeRulePacks {
    static func packs(_ stack: ResolvedStack) -> [String] {
        guard !stack.rulePacks.isEmpty else { return [] }
        var lines = [
            "## Rule packs",
            "",
            "Each exporter the stack runs brings its pack of alerts, on its scrape job, with a firing and a quiet test",
            "each in `prometheus/tests/`; so do a service that declares `ProcessMetrics.all` (the process pack) and the",
            "stack's own Prometheus and Alertmanager. The stack tunes a pack where it declares it (`pack:` on the",
            "exporter, the service, `Prometheus` or `Alertmanager`); a tuned alert is marked *tuned*. Each alert's",
            "runbook is under [Runbooks](#runbooks). The packs have no recording rules: they add no series per target",
            "to the exporters' own. What their alerts cost Prometheus to evaluate is measured by `make bench-packs`",
            "(BENCHMARKS.md).",
        ]
        for pack in stack.rulePacks {
            lines += [
                "",
                "### The \(Markdown.text(pack.name)) pack (job \(Markdown.code(pack.job)))",
                "",
            ]
            lines += Markdown.table(
                ["alert", "severity", "for", "threshold", "runbook"],
                pack.alerts.map { alert in
                    [
                        Markdown.code(alert.name) + (alert.tuned ? " *tuned*" : ""), alert.severity.name,
                        alert.duration.map { "\($0)" } ?? "", alert.threshold.map(Markdown.text) ?? "",
                        runbookLink(alert.name),
                    ]
                })
            if !pack.selectors.isEmpty {
                lines += [
                    "",
                    "Left out of the alerts that read these labels: "
                        + pack.selectors.map(Markdown.code).joined(separator: ", ") + ".",
                ]
            }
            if !pack.disabled.isEmpty {
                lines += ["", "Disabled:", ""]
                lines += pack.disabled.map { "- " + Markdown.code($0.name) + ": " + Markdown.oneLine($0.reason) }
            }
        }
        return lines
    }

    /// The runbook of every pack alert the stack deploys.
    static func runbooks(_ stack: ResolvedStack) -> [String] {
        let alerts = stack.rulePacks.flatMap(\.alerts)
        guard !alerts.isEmpty else { return [] }
        var lines = [
            "## Runbooks",
            "",
            "What each rule pack alert means and what to look at first when it fires.",
        ]
        for alert in alerts {
            lines += ["", "### \(alert.name)", "", alert.meaning, "", "First steps:", ""]
            lines += alert.firstSteps.enumerated().map { "\($0.offset + 1). \($0.element)" }
        }
        return lines
    }

    /// A link to the alert's runbook in this README.
    static func runbookLink(_ alertName: String) -> String {
        "[runbook](#\(Markdown.anchor(alertName)))"
    }
}
