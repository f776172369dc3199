import VigilModel

/// The README's catalogue of the SLOs: objective, window, error budget as a share and as time, what the
/// indicator measures, and the burn rates that page or open a ticket; then, folded away, the rules they record.
enum ReadmeSLOs {
    static func lines(_ stack: ResolvedStack) -> [String] {
        guard !stack.slos.isEmpty else { return [] }
        let rows = stack.slos.map { slo in
            [
                Markdown.code(slo.name), Markdown.code(slo.service), Markdown.text("\(slo.objective)"),
                "\(slo.window)", budget(slo), indicator(slo),
                Markdown.code(slo.alertName) + ": " + tiers(slo),
            ]
        }
        let sloGroups = Set(stack.slos.flatMap(\.ruleGroups))
        let rules = stack.recordingRules.filter { sloGroups.contains($0.group) }
        return [
            "## SLOs",
            "",
            "Each SLO is recorded over several windows and alerts on how fast it spends its error budget (multi-window,",
            "multi-burn-rate): a tier fires while the error ratio exceeds its factor times the budget over both its",
            "long and its short window. Its recording rules, alerts and their tests are in",
            "`prometheus/{rules,tests}/<service>-slo-<name>.yml`; the `SLOs` dashboard shows them. An SLO of a",
            "scraped service reads only its service's job's series, unless it spans jobs (`scope: .anyJob`).",
        ] + (stack.slos.contains(where: \.recordsIncreases) ? recordedIncreases : []) + [""]
            + Markdown.table(["SLO", "service", "objective", "window", "error budget", "indicator", "alerts"], rows)
            + ["", "<details><summary>\(rules.count) recording rules of the SLOs</summary>", ""]
            + ReadmeRules.table(rules) + ["", "</details>"]
    }

    /// How windows of a day and more are computed, for the stacks that record increases.
    static let recordedIncreases = [
        "",
        "For SLOs of counted events, windows of a day and more are ratios of sums of 5-minute increases: the group",
        "`<service>-slo-<name>-increases` records the events and the failed events of the last 5 minutes every 5",
        "minutes, `<service>-slo-<name>-long-windows` divides their sums every minute. Prometheus reads a few",
        "hundred recorded samples instead of every scraped sample of the window, and an alert over a day's window",
        "sees a burn up to 6 minutes late. `longWindows: .fromRawCounters` reads the counters instead.",
    ]

    /// The budget as a share of the window, and as time: `0.1% (43m12s)`.
    static func budget(_ slo: ResolvedSLO) -> String {
        let percent = slo.errorBudget * Fraction(100)
        let milliseconds = (Double(slo.window.milliseconds) * slo.errorBudget.doubleValue).rounded()
        return "\(percent)% (\(Duration(milliseconds: Int64(milliseconds))))"
    }

    /// What the indicator counts as bad, in words, with its series.
    static func indicator(_ slo: ResolvedSLO) -> String {
        let measured: String
        switch slo.indicator.kind {
        case .errors(let errors, let total):
            measured = "errors: \(Markdown.code("\(errors)")) of \(Markdown.code("\(total)"))"
        case .good(let good, let total):
            measured = "all but the good \(Markdown.code("\(good)")) of \(Markdown.code("\(total)"))"
        case .latency(let histogram, let threshold):
            measured = "requests slower than \(threshold): \(Markdown.code("\(histogram)"))"
        case .availability(let gauge):
            measured = "the time \(Markdown.code("\(gauge)")) is 0"
        case .freshness(let timestamp, let maxAge):
            measured = "the time \(Markdown.code("\(timestamp)")) is older than \(maxAge)"
        case .errorRatio(let query):
            let text =
                switch query(slo.window) {
                case .built(let tree): tree.description
                case .raw(let promQL): promQL.text
                }
            measured = "error ratio \(Markdown.code(text))"
        }
        let grouping = slo.indicator.grouping
        return grouping.isEmpty ? measured : measured + ", per " + grouping.map(Markdown.code).joined(separator: ", ")
    }

    /// The tiers, one a line: `page (critical): 14.4× over 1h and 5m`.
    static func tiers(_ slo: ResolvedSLO) -> String {
        slo.tiers.map { tier in
            "\(tier.urgency.rawValue) (\(tier.urgency.severity.name)): \(tier.factor)× over \(tier.longWindow)"
                + " and \(tier.shortWindow)"
        }
        .joined(separator: "<br>")
    }
}
